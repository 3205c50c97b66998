package dev.vorzimmer.media;

import java.time.Duration;
import java.util.Locale;

/**
 * The audio of the robot challenge: "To be put through, please press five" (bundled, German or
 * English), played, then silence for the wait, then once more; and the ringback tone the caller
 * hears while the user's phone rings after the right digit.
 */
public final class ChallengePrompt {
  private static final String PREFIX = "/dev/vorzimmer/media/challenge/%s.wav";
  private static final String DIGIT = "/dev/vorzimmer/media/challenge/%s-%c.wav";

  /** German ringback (ITU-T E.180): 425 Hz, 1 s on, 4 s off. */
  private static final int RINGBACK_HZ = 425;

  private ChallengePrompt() {}

  /**
   * The spoken prompt once, in German for {@code de} and English otherwise.
   *
   * @throws IllegalArgumentException if {@code digit} is not 0-9
   * @throws MediaException if the bundled audio is missing from the build
   */
  public static Greeting of(Locale locale, char digit) {
    return of(Greeting.resource(String.format(PREFIX, language(locale))), locale, digit);
  }

  /**
   * The prompt once with the user's own beginning ({@code prefix}, e.g. a recording of "To reach
   * me, press") followed by the bundled name of {@code digit} in German for {@code de} and English
   * otherwise: the digit is random, so only its name comes from the bundle.
   *
   * @throws IllegalArgumentException if {@code digit} is not 0-9
   * @throws MediaException if the bundled audio is missing from the build
   */
  public static Greeting of(Greeting prefix, Locale locale, char digit) {
    if (digit < '0' || digit > '9') {
      throw new IllegalArgumentException("challenge digit must be 0-9: " + digit);
    }
    short[] start = prefix.samples();
    short[] name =
        Greeting.resource(String.format(Locale.ROOT, DIGIT, language(locale), digit)).samples();
    short[] out = new short[start.length + name.length];
    System.arraycopy(start, 0, out, 0, start.length);
    System.arraycopy(name, 0, out, start.length, name.length);
    return Greeting.of(out);
  }

  private static String language(Locale locale) {
    return "de".equals(locale.getLanguage()) ? "de" : "en";
  }

  /** The prompt, {@code wait} of silence, and that again {@code repeats} more times. */
  public static Greeting withWaits(Greeting prompt, Duration wait, int repeats) {
    int silence = (int) (wait.toMillis() * CrashSafeWavWriter.SAMPLE_RATE / 1000);
    int round = prompt.length() + silence;
    short[] out = new short[round * (repeats + 1)];
    for (int r = 0; r <= repeats; r++) {
      System.arraycopy(prompt.samples(), 0, out, r * round, prompt.length());
    }
    return Greeting.of(out);
  }

  /** One cadence of the ringback tone: 1 s of 425 Hz, 4 s silence (play it looped). */
  public static Greeting ringback() {
    short[] on = Tone.beep(RINGBACK_HZ, Duration.ofSeconds(1));
    short[] out = new short[5 * CrashSafeWavWriter.SAMPLE_RATE];
    System.arraycopy(on, 0, out, 0, on.length);
    return Greeting.of(out);
  }
}
