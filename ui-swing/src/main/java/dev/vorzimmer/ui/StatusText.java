package dev.vorzimmer.ui;

import dev.vorzimmer.sip.RegistrationEvent;

/** Human text for the status bar; no Swing, so it is unit-testable. */
final class StatusText {
  private StatusText() {}

  static String of(RegistrationEvent e) {
    String why = e.reason() == null || e.reason().isBlank() ? "" : " — " + e.reason();
    return switch (e.state()) {
      case REGISTERED -> "Registered as " + e.aor();
      case REGISTERING -> "Registering " + e.aor() + "…";
      case RETRYING -> "Registrar not reachable, retrying in "
          + e.retryIn().map(d -> Math.max(1, Math.round(d.toMillis() / 1000.0))).orElse(0L) + " s" + why;
      case AUTH_FAILED -> "Authentication failed for " + e.aor() + why + " — check the password";
      case UNREGISTERING -> "Unregistering…";
      case UNREGISTERED -> "Not registered" + why;
      case LOCAL_LINE -> "Local line: call " + e.aor();
    };
  }
}
