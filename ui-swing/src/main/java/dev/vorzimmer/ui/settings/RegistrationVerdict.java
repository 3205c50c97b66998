package dev.vorzimmer.ui.settings;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.ui.common.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence a user reads after "Test registration": what the registrar said, and what to check.
 * No Swing, so the wording is unit-tested in both languages.
 *
 * @param ok true when the account registered
 * @param text the verdict in the user's language
 */
record RegistrationVerdict(boolean ok, String text) {
  private static final Pattern AUTH_STATUS = Pattern.compile("\\b([1-6]\\d\\d) from registrar");
  private static final Pattern ANSWERED = Pattern.compile("registrar answered (\\d{3})(.*)");

  /**
   * The verdict for the last registration state of a test.
   *
   * @param e the final state (or, after the wait ran out, the last one seen)
   * @param registrar the registrar as {@code host:port}, named when it did not answer
   */
  static RegistrationVerdict of(RegistrationEvent e, String registrar, Texts t) {
    String who = e.aor().startsWith("sip:") ? e.aor().substring(4) : e.aor();
    return switch (e.state()) {
      case REGISTERED -> new RegistrationVerdict(true, t.get("trial.registered", who));
      case AUTH_FAILED -> fail(authFailed(e.reason(), t));
      case RETRYING -> fail(refusedOrUnreachable(e.reason(), registrar, t));
      default -> fail(t.get("trial.noAnswer", registrar));
    };
  }

  /** The registrar's name does not resolve. */
  static RegistrationVerdict unknownHost(String host, Texts t) {
    return fail(t.get("trial.unknownHost", host));
  }

  /** The test could not even start (no local port, …). */
  static RegistrationVerdict notStarted(String why, Texts t) {
    return fail(t.get("trial.notStarted", why));
  }

  private static String authFailed(String reason, Texts t) {
    Matcher m = AUTH_STATUS.matcher(reason);
    return m.find()
        ? t.get("trial.wrongPassword", m.group(1))
        : t.get("trial.wrongPasswordWhy", reason);
  }

  private static String refusedOrUnreachable(String reason, String registrar, Texts t) {
    Matcher m = ANSWERED.matcher(reason);
    if (m.find()) {
      String status = m.group(1);
      String phrase = (status + m.group(2)).trim();
      return switch (status) {
        case "404", "604" -> t.get("trial.unknownUser", phrase);
        case "408", "480", "503", "504" -> t.get("trial.unavailable", registrar, phrase);
        default -> t.get("trial.refused", phrase);
      };
    }
    if (reason.contains("did not answer")) {
      return t.get("trial.noAnswer", registrar);
    }
    return t.get("trial.unreachable", registrar, reason);
  }

  private static RegistrationVerdict fail(String text) {
    return new RegistrationVerdict(false, text);
  }
}
