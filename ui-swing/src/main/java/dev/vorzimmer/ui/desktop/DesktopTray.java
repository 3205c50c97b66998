package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.calls.CallsTab;
import dev.vorzimmer.ui.common.Texts;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The phone's icon in the desktop's tray (see {@link TrayPresence}); EDT only. */
public interface DesktopTray extends AutoCloseable {
  /** Shows the line's state and the number of unheard messages. */
  void show(RegistrationEvent line, long unheard);

  /** Pops up a desktop notification. */
  void notify(Notification notification);

  /** Shows the call-back list in the tray's menu; {@code show} opens the window on it. */
  default void callBacks(List<CallsTab.CallBack> entries, Runnable show) {}

  /** Shows the do-not-disturb switch in the tray's menu; {@code set} switches it. */
  default void doNotDisturb(boolean on, Consumer<Boolean> set) {}

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
