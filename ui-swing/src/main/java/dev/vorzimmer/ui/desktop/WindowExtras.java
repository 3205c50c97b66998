package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.ui.calls.CallsTab;
import dev.vorzimmer.ui.common.DndSwitch;
import java.util.List;
import javax.swing.JMenuItem;

/**
 * What the main window asks of the desktop integration (tray, ringtone); default: nothing extra.
 * EDT only.
 */
public interface WindowExtras {
  /**
   * True when closing the window should hide it (the phone keeps running in the tray) instead of
   * quitting.
   */
  default boolean hideOnClose() {
    return false;
  }

  /** Items appended to the View menu. */
  default List<JMenuItem> viewItems() {
    return List.of();
  }

  /** The number of unheard messages changed. */
  default void unheard(long count) {}

  /** The call-back list changed; {@code show} brings up the window on it. */
  default void callBacks(List<CallsTab.CallBack> entries, Runnable show) {}

  /** The window's do-not-disturb switch, to offer in the tray too. */
  default void doNotDisturb(DndSwitch dnd) {}
}
