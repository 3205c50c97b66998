package dev.vorzimmer.ui;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.SipAgentListener;
import javax.swing.SwingUtilities;

/**
 * The one adapter between the core and Swing: receives core events on core threads and re-posts
 * each on the EDT with {@code invokeLater}. It never blocks the caller.
 */
final class EdtEvents implements SipAgentListener {
  private final MainWindow window;

  EdtEvents(MainWindow window) {
    this.window = window;
  }

  @Override
  public void onRegistration(RegistrationEvent event) {
    SwingUtilities.invokeLater(() -> window.showRegistration(event));
  }
}
