package dev.vorzimmer.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells observers (the UI tests) that some view has been updated. Fired on the EDT after every
 * update a core event or a background query caused, so a test can re-check its condition then
 * instead of polling.
 */
public final class UiProbe {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void changed() {
    listeners.forEach(Runnable::run);
  }
}
