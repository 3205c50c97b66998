package dev.vorzimmer.app;

import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import java.util.Optional;

/**
 * The desktop window as the app sees it. The app has no window of its own: a view module provides
 * one through {@link java.util.ServiceLoader} ({@code
 * META-INF/services/dev.vorzimmer.app.DesktopFrontend}). When none is on the class path, or {@link
 * #available()} says no, the phone runs headless.
 */
public interface DesktopFrontend {
  /** Whether a window can be shown here (a display is present). */
  boolean available();

  /** The first window provider on the class path that can show a window here, if any. */
  static Optional<DesktopFrontend> find() {
    return java.util.ServiceLoader.load(DesktopFrontend.class).stream()
        .map(java.util.ServiceLoader.Provider::get)
        .filter(DesktopFrontend::available)
        .findFirst();
  }

  /**
   * Builds and shows the window and subscribes it to the phone's events; called before {@code
   * phone.agent().start()} so no event is missed.
   *
   * @param messages the listener given to {@code Phone.assemble}; the window attaches to it
   * @param onQuit called when the user quits; the caller then unregisters and exits
   */
  void open(Phone phone, AppHome home, ForwardingMessageListener messages, Runnable onQuit);

  /**
   * A request a later start handed over ({@code vorzimmer dial}, a {@code tel:} link, a second
   * {@code vorzimmer}): bring the window to the front and, given a target (a number or {@code sip:}
   * URI), put it into the dial bar and call it. Called from any thread after {@link #open}; returns
   * at once.
   */
  default void request(Optional<String> dial) {}

  /**
   * As {@link #request(Optional)}, calling from the line named {@code line} (chosen in the dial
   * bar) instead of the default line.
   */
  default void request(Optional<String> dial, String line) {
    request(dial);
  }
}
