package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.ui.calls.CallsTab;
import dev.vorzimmer.ui.common.DndChoice;
import dev.vorzimmer.ui.common.LineStates;
import dev.vorzimmer.ui.common.Texts;
import java.util.List;
import java.util.Optional;

/** The phone's icon in the desktop's tray (see {@link TrayPresence}); EDT only. */
public interface DesktopTray extends AutoCloseable {
  /**
   * Shows the lines' state (one badge for all, each line in the tooltip) and the number of unheard
   * messages.
   */
  void show(LineStates lines, long unheard);

  /** Pops up a desktop notification. */
  void notify(Notification notification);

  /** Shows the call-back list in the tray's menu; {@code show} opens the window on it. */
  default void callBacks(List<CallsTab.CallBack> entries, Runnable show) {}

  /**
   * Shows do not disturb in the tray's menu: its state in words ({@code text}, "Do not disturb
   * until 14:00") and the window's {@code choices} of how long.
   */
  default void doNotDisturb(boolean on, String text, List<DndChoice> choices) {}

  /** Removes the icon. */
  @Override
  void close();

  /** Adds a tray icon, or returns empty where the desktop has no tray. */
  @FunctionalInterface
  interface Factory {
    /**
     * @param showWindow run on the EDT for Show window and a click on the icon
     * @param quit run on the EDT for Quit
     */
    Optional<DesktopTray> install(Texts texts, Runnable showWindow, Runnable quit);
  }
}
