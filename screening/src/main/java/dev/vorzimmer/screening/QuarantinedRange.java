package dev.vorzimmer.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A number range the robot detector quarantined: every non-contact, non-allowed caller from it is
 * rejected until {@code until}.
 *
 * @param pattern the range as a list pattern, e.g. {@code +49211555990*}
 * @param callers distinct numbers seen from the range when it was quarantined
 * @param span time between the first and the triggering call
 * @param since when the quarantine started
 * @param until when it ends
 */
public record QuarantinedRange(
    String pattern, int callers, Duration span, Instant since, Instant until) {

  public QuarantinedRange {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    if (!pattern.endsWith("*")) {
      throw new IllegalArgumentException("range pattern must end in '*': " + pattern);
    }
  }

  /** The range for display: {@code +49211555990xx} (one x per hidden digit). */
  public String display(int hiddenDigits) {
    return pattern.substring(0, pattern.length() - 1) + "x".repeat(hiddenDigits);
  }

  /** True when the quarantine still applies at {@code now}. */
  public boolean activeAt(Instant now) {
    return now.isBefore(until);
  }
}
