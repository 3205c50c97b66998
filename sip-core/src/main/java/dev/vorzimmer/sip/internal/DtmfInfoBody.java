package dev.vorzimmer.sip.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses the bodies of DTMF carried in SIP INFO, the de-facto formats (there is no RFC for them):
 * {@code application/dtmf-relay} ({@code Signal=5\r\nDuration=160}, keys in any order, the signal
 * also as event code 10/11 for {@code * #} and 12..15 for {@code A-D}) and {@code application/dtmf}
 * (the digit alone, e.g. {@code 5}). Pure; never throws for bad input.
 */
public final class DtmfInfoBody {

  /** The content types understood, for Accept in a 415. */
  public static final String ACCEPT = "application/dtmf-relay, application/dtmf";

  private static final String DIGITS = "0123456789*#ABCD";
  private static final long MAX_DURATION_MS = 60_000;

  private DtmfInfoBody() {}

  /** One key press. */
  public record Key(char digit, Optional<Duration> duration) {}

  /** Whether {@code contentType} (type/subtype, any case, without parameters) is one of ours. */
  public static boolean understands(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.equals("application/dtmf-relay") || t.equals("application/dtmf");
  }

  /**
   * The key in {@code body} of the given type.
   *
   * @return empty if the body is malformed (no signal, an unknown one, several digits, a bad
   *     duration)
   */
  public static Optional<Key> parse(String contentType, String body) {
    String trimmed = body.strip();
    if (contentType.equalsIgnoreCase("application/dtmf") && trimmed.length() == 1) {
      return digit(trimmed).map(d -> new Key(d, Optional.empty()));
    }
    Optional<Character> digit = Optional.empty();
    Optional<Duration> duration = Optional.empty();
    boolean signalSeen = false;
    for (String line : trimmed.split("\\r?\\n")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        return Optional.empty();
      }
      String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(eq + 1).strip();
      if (key.equals("signal")) {
        if (signalSeen) {
          return Optional.empty();
        }
        signalSeen = true;
        digit = digit(value);
      } else if (key.equals("duration")) {
        duration = durationOf(value);
        if (duration.isEmpty()) {
          return Optional.empty();
        }
      }
    }
    Optional<Duration> held = duration;
    return digit.map(d -> new Key(d, held));
  }

  private static Optional<Character> digit(String value) {
    String v = value.toUpperCase(Locale.ROOT);
    if (v.length() == 1 && DIGITS.indexOf(v.charAt(0)) >= 0) {
      return Optional.of(v.charAt(0));
    }
    if (v.matches("1[0-5]")) {
      return Optional.of("*#ABCD".charAt(Integer.parseInt(v) - 10));
    }
    return Optional.empty();
  }

  private static Optional<Duration> durationOf(String value) {
    if (!value.matches("\\d{1,6}")) {
      return Optional.empty();
    }
    long ms = Long.parseLong(value);
    return ms <= MAX_DURATION_MS ? Optional.of(Duration.ofMillis(ms)) : Optional.empty();
  }
}
