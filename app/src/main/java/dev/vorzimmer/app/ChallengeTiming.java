package dev.vorzimmer.app;

import dev.vorzimmer.media.Announcements;
import dev.vorzimmer.media.ChallengePrompt;
import java.time.Duration;
import java.util.Locale;

/**
 * The robot challenge's fixed timing and the prompt id that carries the prompt's language and digit
 * through sip-core to {@code voicemail.ChallengeAudio}.
 */
public final class ChallengeTiming {
  /** How long to wait for the digit after each prompt. */
  public static final Duration WAIT = Duration.ofSeconds(6);

  /** How often the prompt is repeated. */
  public static final int REPEATS = 1;

  private static final String PREFIX = "challenge:";

  private ChallengeTiming() {}

  /** The greeting id sip-core hands back for the challenge: language and digit. */
  public static String promptId(String greetingId, char digit) {
    return PREFIX + greetingId + ":" + digit;
  }

  /**
   * The language id and the digit of a prompt id.
   *
   * @throws IllegalArgumentException if {@code id} is not one
   */
  public static String[] parsePromptId(String id) {
    String[] parts = id.startsWith(PREFIX) ? id.split(":") : new String[0];
    if (parts.length != 3 || parts[2].length() != 1) {
      throw new IllegalArgumentException("not a challenge prompt id: " + id);
    }
    return new String[] {parts[1], parts[2]};
  }

  /**
   * From the start of the prompt until the challenge fails: the longest prompt for {@code digit},
   * the waits and the repeat, plus a second for the network.
   */
  public static Duration timeout(char digit) {
    return timeout(
        Duration.ofMillis(
            Math.max(
                ChallengePrompt.of(Locale.GERMAN, digit).duration().toMillis(),
                ChallengePrompt.of(Locale.ENGLISH, digit).duration().toMillis())));
  }

  /** The same for a prompt (once) of length {@code longestPrompt}. */
  public static Duration timeout(Duration longestPrompt) {
    return Duration.ofMillis((longestPrompt.toMillis() + WAIT.toMillis()) * (REPEATS + 1) + 1000);
  }

  /** How long the intercept plays before the final response (the longer language). */
  public static Duration interceptLength() {
    Duration en = Announcements.notAvailable(Locale.ENGLISH).duration();
    Duration de = Announcements.notAvailable(Locale.GERMAN).duration();
    return en.compareTo(de) >= 0 ? en : de;
  }
}
