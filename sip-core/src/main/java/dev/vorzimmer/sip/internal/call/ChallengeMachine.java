package dev.vorzimmer.sip.internal.call;

import dev.vorzimmer.sip.ChallengeEvent;
import java.time.Duration;
import java.util.Optional;

/**
 * The robot challenge of one call, free of SIP and timers: it opens when the prompt starts and is
 * decided exactly once — by the first digit (from RTP or SIP INFO, whichever arrives first; digits
 * during the prompt count), by the timeout, or by the caller hanging up. Everything after the
 * decision is ignored, so a flood of digits, or one key press reported both as RFC 4733 event and
 * as INFO, counts once. Confined to the SIP event thread.
 */
public final class ChallengeMachine {
  private final String callId;
  private final char expected;
  private final long startedNanos;
  private ChallengeEvent decided;

  /**
   * @param startedNanos when the prompt started ({@link System#nanoTime()} scale)
   */
  public ChallengeMachine(String callId, char expected, long startedNanos) {
    this.callId = callId;
    this.expected = expected;
    this.startedNanos = startedNanos;
  }

  /** The digit the caller is asked for. */
  public char expected() {
    return expected;
  }

  /** True once the challenge was decided. */
  public boolean decided() {
    return decided != null;
  }

  /**
   * A key press arrived.
   *
   * @param via {@code rfc4733} or {@code info}
   * @return the decision if this digit made it, empty if the challenge was already decided
   */
  public Optional<ChallengeEvent> digit(char digit, String via, long nowNanos) {
    ChallengeEvent.Step step =
        digit == expected ? ChallengeEvent.Step.PASSED : ChallengeEvent.Step.WRONG_DIGIT;
    return decide(step, Optional.of(digit), Optional.of(via), nowNanos);
  }

  /** The time for the digit ran out. */
  public Optional<ChallengeEvent> timedOut(long nowNanos) {
    return decide(ChallengeEvent.Step.NO_DIGIT, Optional.empty(), Optional.empty(), nowNanos);
  }

  /** A fax or modem tone was heard. */
  public Optional<ChallengeEvent> faxTone(long nowNanos) {
    return decide(ChallengeEvent.Step.FAX_TONE, Optional.empty(), Optional.empty(), nowNanos);
  }

  /** The caller hung up. */
  public Optional<ChallengeEvent> hungUp(long nowNanos) {
    return decide(ChallengeEvent.Step.HUNG_UP, Optional.empty(), Optional.empty(), nowNanos);
  }

  private Optional<ChallengeEvent> decide(
      ChallengeEvent.Step step, Optional<Character> digit, Optional<String> via, long nowNanos) {
    if (decided != null) {
      return Optional.empty();
    }
    Duration elapsed = Duration.ofNanos(Math.max(0, nowNanos - startedNanos));
    decided = new ChallengeEvent(callId, step, elapsed, digit, expected, via);
    return Optional.of(decided);
  }
}
