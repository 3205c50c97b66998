package dev.vorzimmer.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells observers (the UI tests) that some view has been updated. Fired on the EDT after every
 * update a core event or a background query caused, so a test can re-check its condition then
 * instead of polling.
 */
final class UiProbe {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  void addListener(Runnable listener) {
    listeners.add(listener);
  }

  void changed() {
    listeners.forEach(Runnable::run);
  }
}
