package dev.vorzimmer.screening;

import java.time.Duration;

/**
 * The reasons the robot challenge adds to a decision, as codes ({@link Reason}) worded by {@link
 * ReasonTexts}; all made here.
 */
public final class ChallengeReasons {
  /** The note of the allow entry a passed challenge leaves, also its {@code source}. */
  public static final String SOURCE = "challenge";

  private ChallengeReasons() {}

  /**
   * The deciding reason of a challenged call; the rule's own reason (what it would have been) is
   * noted before it.
   */
  public static Reason challenged() {
    return Reason.of("challenge.asked");
  }

  /** A caller from a range other numbers called from recently (below the quarantine). */
  public static Reason robotSuspect(String range, int neighbours, Duration window) {
    return Reason.of(
        "robot.suspect", "range", range, "count", neighbours, "seconds", window.toSeconds());
  }

  /** A caller the online lookup rated as spam, below the threshold. */
  public static Reason robotSuspectLookup(int votes) {
    return Reason.of("robot.suspect.lookup", "votes", votes);
  }

  /** The caller pressed the right digit after {@code after}. */
  public static Reason passed(Duration after) {
    return Reason.of("challenge.passed", "elapsed", after.toMillis());
  }

  /** The caller pressed {@code got}, not {@code wanted}. */
  public static Reason wrongDigit(char got, char wanted) {
    return Reason.of("challenge.wrong-digit", "got", got, "wanted", wanted);
  }

  /** No digit within the prompt, the wait and its repeat. */
  public static Reason noDigit(Duration waited) {
    return Reason.of("challenge.no-digit", "seconds", waited.toSeconds());
  }

  /** The caller hung up before pressing anything. */
  public static Reason hungUp(Duration after) {
    return Reason.of("challenge.hung-up", "elapsed", after.toMillis());
  }

  /** A fax or modem answered the challenge. */
  public static Reason faxTone() {
    return Reason.of("challenge.fax");
  }

  /** What follows a failed challenge. */
  public static Reason failOutcome(Verdict fail) {
    return Reason.of(fail == Verdict.REJECT ? "challenge.fail.hangup" : "challenge.fail.voicemail");
  }

  /** The note of the allow entry that lets a number that passed ring directly. */
  public static String rememberedNote() {
    return "passed the robot challenge";
  }
}
