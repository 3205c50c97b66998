package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.common.Texts;
import java.util.Optional;

/** The phone's icon in the desktop's tray (see {@link TrayPresence}); EDT only. */
public interface DesktopTray extends AutoCloseable {
  /** Shows the line's state and the number of unheard messages. */
  void show(RegistrationEvent line, long unheard);

  /** Pops up a desktop notification. */
  void notify(Notification notification);

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
