package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.common.StatusText;
import dev.vorzimmer.ui.common.Texts;

/**
 * What the tray icon shows for a registration state and an unheard count; no AWT, so it is
 * unit-testable.
 */
public final class TrayState {
  /** The small mark drawn on the app icon. */
  enum Badge {
    /** Registered at the provider: calls come in. */
    REGISTERED,
    /** Registering or unregistering: wait. */
    PENDING,
    /** Not registered and something is wrong (retrying, authentication failed, unregistered). */
    PROBLEM,
    /** No account: reachable directly on the local line. */
    LOCAL_LINE
  }

  private TrayState() {}

  static Badge badge(RegistrationEvent e) {
    return switch (e.state()) {
      case REGISTERED -> Badge.REGISTERED;
      case REGISTERING, UNREGISTERING -> Badge.PENDING;
      case RETRYING, AUTH_FAILED, UNREGISTERED -> Badge.PROBLEM;
      case LOCAL_LINE -> Badge.LOCAL_LINE;
    };
  }

  /**
   * "Vorzimmer — Registered as sip:alice@example.net — 2 unheard messages" (the count only when not
   * zero).
   */
  public static String tooltip(RegistrationEvent e, long unheard, Texts t) {
    String status = StatusText.of(e, t);
    return unheard <= 0
        ? t.get("tray.tooltip", status)
        : t.get("tray.tooltipUnheard", status, unheard);
  }
}
