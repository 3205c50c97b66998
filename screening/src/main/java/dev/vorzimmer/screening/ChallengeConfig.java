package dev.vorzimmer.screening;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The robot challenge ("press 5 to be put through"), keys in {@code [screening]}.
 *
 * @param conditions {@code challenge} — which callers are challenged instead of going to voicemail:
 *     {@code unknown}, {@code anonymous}, {@code foreign}, {@code robot_suspect} (default none)
 * @param digits {@code challenge_digits} — the digits the random one is drawn from, e.g. {@code
 *     "0-9"} or {@code "1-5"} (default 0-9)
 * @param failVerdict {@code challenge_fail} — {@code "voicemail"} (default) or {@code "hangup"}
 *     ({@link Verdict#REJECT}) for a wrong digit, no digit or a fax tone
 * @param remember {@code challenge_remember_days} — a number that passed rings directly for this
 *     long (default 30 days; 0 = never remembered)
 * @param digitWait how long to wait for the digit after the prompt (6 s)
 * @param repeats how often the prompt is repeated when no digit came (1)
 */
public record ChallengeConfig(
    Set<String> conditions,
    String digits,
    Verdict failVerdict,
    Duration remember,
    Duration digitWait,
    int repeats) {

  /** The conditions {@code challenge} may list. */
  public static final Set<String> CONDITIONS =
      Set.of("unknown", "anonymous", "foreign", "robot_suspect");

  public ChallengeConfig {
    conditions = Set.copyOf(conditions);
    for (String c : conditions) {
      if (!CONDITIONS.contains(c)) {
        throw new IllegalArgumentException(
            "challenge: \"" + c + "\" is not one of unknown, anonymous, foreign, robot_suspect");
      }
    }
    digitSet(Objects.requireNonNull(digits, "digits"));
    if (failVerdict != Verdict.VOICEMAIL && failVerdict != Verdict.REJECT) {
      throw new IllegalArgumentException(
          "challenge_fail must be \"voicemail\" or \"hangup\", was " + failVerdict);
    }
    if (remember.isNegative() || digitWait.isNegative() || digitWait.isZero() || repeats < 0) {
      throw new IllegalArgumentException("challenge durations must be positive");
    }
  }

  /** No challenge; 0-9, voicemail on failure, remembered 30 days, 6 s wait, one repeat. */
  public static ChallengeConfig defaults() {
    return new ChallengeConfig(
        Set.of(), "0-9", Verdict.VOICEMAIL, Duration.ofDays(30), Duration.ofSeconds(6), 1);
  }

  /** True when callers matching {@code condition} are challenged. */
  public boolean applies(String condition) {
    return conditions.contains(condition);
  }

  /**
   * The digits of a {@code challenge_digits} text: ranges and single digits, e.g. {@code "0-9"},
   * {@code "1-5"}, {@code "1,3,5"}.
   *
   * @throws IllegalArgumentException if the text names no digit or anything else
   */
  public static String digitSet(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split(",")) {
      String p = part.trim();
      if (p.matches("[0-9]-[0-9]") && p.charAt(0) <= p.charAt(2)) {
        for (char c = p.charAt(0); c <= p.charAt(2); c++) {
          out.append(c);
        }
      } else if (p.matches("[0-9]")) {
        out.append(p);
      } else {
        throw new IllegalArgumentException(
            "challenge_digits: \"" + text + "\" is not a digit range such as \"0-9\" or \"1-5\"");
      }
    }
    return out.chars()
        .distinct()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
