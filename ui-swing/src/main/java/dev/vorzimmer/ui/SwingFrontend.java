package dev.vorzimmer.ui;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.DesktopFrontend;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import java.awt.GraphicsEnvironment;
import java.util.Optional;

/**
 * The Swing window offered to the app through {@link java.util.ServiceLoader} ({@code
 * META-INF/services/dev.vorzimmer.app.DesktopFrontend}); available when there is a display.
 */
public final class SwingFrontend implements DesktopFrontend {
  private volatile DesktopUi ui;

  @Override
  public boolean available() {
    return !GraphicsEnvironment.isHeadless();
  }

  @Override
  public void open(Phone phone, AppHome home, ForwardingMessageListener messages, Runnable onQuit) {
    ui = DesktopUi.open(phone, home, messages, onQuit);
  }

  @Override
  public void request(Optional<String> dial) {
    DesktopUi shown = ui;
    if (shown != null) {
      shown.request(dial);
    }
  }

  @Override
  public void request(Optional<String> dial, String line) {
    DesktopUi shown = ui;
    if (shown != null) {
      shown.request(dial, Optional.of(line));
    }
  }
}
