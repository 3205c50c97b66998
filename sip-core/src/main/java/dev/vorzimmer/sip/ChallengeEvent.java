package dev.vorzimmer.sip;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a robot challenge ended (reported once per challenged call).
 *
 * @param callId the call
 * @param step what happened
 * @param elapsed since the prompt started
 * @param digit the digit that decided it, for {@link Step#PASSED} and {@link Step#WRONG_DIGIT}
 * @param expected the digit the caller was asked for
 * @param via how the deciding digit came: {@code rfc4733} or {@code info}; empty otherwise
 */
public record ChallengeEvent(
    String callId,
    Step step,
    Duration elapsed,
    Optional<Character> digit,
    char expected,
    Optional<String> via) {

  /** The end of a challenge. */
  public enum Step {
    PASSED,
    WRONG_DIGIT,
    NO_DIGIT,
    /** A fax machine or modem answered the prompt. */
    FAX_TONE,
    HUNG_UP
  }

  public ChallengeEvent {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(digit, "digit");
    Objects.requireNonNull(via, "via");
  }
}
