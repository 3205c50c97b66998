package dev.vorzimmer.ui.common;

import dev.vorzimmer.sip.RegistrationEvent;

/** Status bar text for a registration state; no Swing, so it is unit-testable. */
public final class StatusText {
  /** sip-core's reason before the first registration attempt. */
  private static final String NOT_STARTED = "not started";

  private StatusText() {}

  public static String of(RegistrationEvent e, Texts t) {
    String reason = NOT_STARTED.equals(e.reason()) ? t.get("status.notStarted") : e.reason();
    String why = reason.isBlank() ? "" : t.get("status.reason", reason);
    return switch (e.state()) {
      case REGISTERED -> t.get("status.registered", e.identity()) + note(e);
      case REGISTERING -> t.get("status.registering", e.aor());
      case RETRYING ->
          e.reason().startsWith("authentication failed")
              ? t.get("status.authRetrying", pause(e), why)
              : t.get("status.retrying", seconds(e), why);
      case AUTH_FAILED -> t.get("status.authFailed", e.aor(), why);
      case UNREGISTERING -> t.get("status.unregistering");
      case UNREGISTERED -> t.get("status.unregistered", why);
      case LOCAL_LINE -> t.get("status.localLine", e.aor()) + note(e);
    };
  }

  /** A network problem noted with a working state (sip-core's "; note: …"), as " — …", or "". */
  private static String note(RegistrationEvent e) {
    int at = e.reason().indexOf("; note: ");
    return at < 0 ? "" : " — " + e.reason().substring(at + "; note: ".length());
  }

  /** True for states the user should act on or wait out (shown with a warning colour). */
  public static boolean isProblem(RegistrationEvent e) {
    return switch (e.state()) {
      case RETRYING, AUTH_FAILED, UNREGISTERED -> true;
      default -> false;
    };
  }

  /** "5 min" for whole minutes from 2 min on, else "8 s". */
  static String pause(RegistrationEvent e) {
    long s = seconds(e);
    return s >= 120 && s % 60 == 0 ? s / 60 + " min" : s + " s";
  }

  private static long seconds(RegistrationEvent e) {
    return e.retryIn().map(d -> Math.max(1, Math.round(d.toMillis() / 1000.0))).orElse(0L);
  }
}
