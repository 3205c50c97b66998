package dev.vorzimmer.app.headless;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints one line per registration state change, for headless runs and scripts: {@code registered
 * sip:alice@example.net expires=300}, {@code auth failed …}, {@code retrying in 8 s …}. Repeated
 * identical states (a refresh) print nothing.
 */
public final class RegistrationPrinter implements SipAgentListener {
  private final PrintStream out;
  private final String prefix;
  private RegistrationEvent last;

  public RegistrationPrinter(PrintStream out) {
    this(out, "");
  }

  /**
   * @param prefix put before every line, e.g. {@code "[Office] "} when the phone has several lines
   */
  public RegistrationPrinter(PrintStream out, String prefix) {
    this.out = out;
    this.prefix = prefix;
  }

  @Override
  public synchronized void onRegistration(RegistrationEvent event) {
    if (last != null
        && last.state() == event.state()
        && last.expiresSeconds() == event.expiresSeconds()
        && Objects.equals(last.retryIn(), event.retryIn())
        && note(last).equals(note(event))) {
      return;
    }
    last = event;
    String line = format(event);
    if (line != null) {
      out.println(prefix + line);
      out.flush();
    }
  }

  /** "5 min" for whole minutes from 2 min on, else "8 s". */
  private static String pause(RegistrationEvent e) {
    long s = e.retryIn().map(d -> Math.max(1, Math.round(d.toMillis() / 1000.0))).orElse(0L);
    return s >= 120 && s % 60 == 0 ? s / 60 + " min" : s + " s";
  }

  /**
   * A network problem sip-core noted with a working state (a STUN server that did not answer …), or
   * "".
   */
  private static String note(RegistrationEvent e) {
    String reason = e.reason() == null ? "" : e.reason();
    int at = reason.indexOf("; note: ");
    return at < 0 ? "" : " (" + reason.substring(at + 2) + ")";
  }

  /** The line for {@code e}, or null for states not worth a line. */
  static String format(RegistrationEvent e) {
    String reason = e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason();
    RegistrationState s = e.state();
    return switch (s) {
      case REGISTERED -> "registered " + e.identity() + " expires=" + e.expiresSeconds() + note(e);
      case REGISTERING -> "registering " + e.aor();
      case AUTH_FAILED -> "auth failed " + e.aor() + reason;
      case RETRYING -> "retrying in " + pause(e) + " " + e.aor() + reason;
      case UNREGISTERING -> "unregistering " + e.aor();
      case UNREGISTERED -> "unregistered " + e.aor() + reason;
      case LOCAL_LINE -> "local line: call " + e.aor() + note(e);
    };
  }
}
