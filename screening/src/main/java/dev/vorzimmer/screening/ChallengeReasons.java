package dev.vorzimmer.screening;

import java.time.Duration;
import java.util.Locale;

/**
 * The reasons the robot challenge adds to a decision, all made here so they can be turned into
 * translatable codes in one place.
 */
public final class ChallengeReasons {
  /** The note of the allow entry a passed challenge leaves, also its {@code source}. */
  public static final String SOURCE = "challenge";

  private ChallengeReasons() {}

  /** The deciding reason of a challenged call: what it would have been, and the challenge. */
  public static String challenged(String ruleReason) {
    return ruleReason + " — asked to press a digit (challenge)";
  }

  /** A caller from a range other numbers called from recently (below the quarantine). */
  public static String robotSuspect(String range, int neighbours, Duration window) {
    return "robot suspect: "
        + neighbours
        + " other number"
        + (neighbours == 1 ? "" : "s")
        + " from "
        + range
        + " called within "
        + window.toMinutes()
        + " min";
  }

  /** A caller the online lookup rated as spam, below the threshold. */
  public static String robotSuspectLookup(int votes) {
    return "robot suspect: " + votes + " spam report" + (votes == 1 ? "" : "s");
  }

  /** The caller pressed the right digit after {@code after}. */
  public static String passed(Duration after) {
    return String.format(Locale.ROOT, "passed the challenge in %.1f s", after.toMillis() / 1000.0);
  }

  /** The caller pressed {@code got}, not {@code wanted}. */
  public static String wrongDigit(char got, char wanted) {
    return "pressed " + got + " instead of " + wanted + " in the challenge";
  }

  /** No digit within the prompt, the wait and its repeat. */
  public static String noDigit(Duration waited) {
    return "no digit within " + waited.toSeconds() + " s of the challenge";
  }

  /** The caller hung up before pressing anything. */
  public static String hungUp(Duration after) {
    return String.format(
        Locale.ROOT, "hung up during the challenge after %.1f s", after.toMillis() / 1000.0);
  }

  /** A fax or modem answered the challenge. */
  public static String faxTone() {
    return "fax or modem tone during the challenge";
  }

  /** What follows a failed challenge. */
  public static String failOutcome(Verdict fail) {
    return fail == Verdict.REJECT ? "hung up (challenge_fail = hangup)" : "sent to voicemail";
  }

  /** The note of the allow entry that lets a number that passed ring directly. */
  public static String rememberedNote() {
    return "passed the robot challenge";
  }
}
