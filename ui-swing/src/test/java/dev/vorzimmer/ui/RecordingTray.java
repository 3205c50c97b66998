package dev.vorzimmer.ui;

import static dev.vorzimmer.ui.PhoneWindowFixture.WAIT;

import dev.vorzimmer.ui.common.DndChoice;
import dev.vorzimmer.ui.common.LineStates;
import dev.vorzimmer.ui.common.Texts;
import dev.vorzimmer.ui.desktop.DesktopTray;
import dev.vorzimmer.ui.desktop.Notification;
import dev.vorzimmer.ui.desktop.TrayState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in tray for the window tests (Xvfb has none) that records what it is asked to show: the
 * badge and tooltip, notifications, and do not disturb's menu label with its choices. Its Show
 * window and Quit actions are the window's.
 */
final class RecordingTray implements DesktopTray, DesktopTray.Factory {
  final BlockingQueue<String> tooltips = new LinkedBlockingQueue<>();
  final BlockingQueue<String> notifications = new LinkedBlockingQueue<>();
  final BlockingQueue<String> dndLabels = new LinkedBlockingQueue<>();
  final List<String> seen = new ArrayList<>();
  volatile Texts texts;
  volatile Runnable showWindow;
  volatile Runnable quit;
  volatile boolean closed;
  volatile TrayState.Badge badge;
  volatile List<DndChoice> dndChoices = List.of();

  @Override
  public Optional<DesktopTray> install(Texts t, Runnable show, Runnable exit) {
    texts = t;
    showWindow = show;
    quit = exit;
    return Optional.of(this);
  }

  @Override
  public void show(LineStates lines, long unheard) {
    badge = TrayState.badge(lines);
    tooltips.add(TrayState.tooltip(lines, unheard, texts));
  }

  @Override
  public void notify(Notification n) {
    notifications.add(n.oneLine());
  }

  @Override
  public void doNotDisturb(boolean on, String text, List<DndChoice> choices) {
    dndChoices = choices;
    dndLabels.add(text);
  }

  @Override
  public void close() {
    closed = true;
  }

  /** Waits for {@code wanted} to arrive on {@code queue}. */
  boolean await(BlockingQueue<String> queue, String wanted) throws InterruptedException {
    return awaitMatching(queue, wanted::equals);
  }

  /** Waits for a text that {@code wanted} accepts to arrive on {@code queue}. */
  boolean awaitMatching(BlockingQueue<String> queue, java.util.function.Predicate<String> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String s;
    while ((s = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
      synchronized (seen) {
        seen.add(s);
      }
      if (wanted.test(s)) {
        return true;
      }
    }
    return false;
  }
}
