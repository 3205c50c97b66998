package dev.vorzimmer.media;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "number not available" intercept for rejected calls, to play as early media (183 Session
 * Progress) before the final 404/410: the three special information tones followed by a bundled
 * announcement ("The number you have called is not available." / "Kein Anschluss unter dieser
 * Nummer."), twice. Autodialers listen for the SIT and drop the number from their lists.
 *
 * <p>Tones: 913.8, 1370.6 and 1776.7 Hz for 274, 274 and 380 ms, the North American (Bellcore)
 * "intercept" SIT (IC: vacant or non-working number) that call-progress analysers in dialers
 * detect. All three lie inside the ranges of ITU-T E.180 (950, 1400 and 1800 Hz, each ± 50 Hz, 330
 * ± 70 ms), so the sequence is also a valid E.180 special information tone. Level -23 dBov per tone
 * (RMS), 5 ms ramps. Play it with a {@link PlaybackSession}.
 */
public final class Announcements {

  private static final double[] SIT_HZ = {913.8, 1370.6, 1776.7};
  private static final int[] SIT_MS = {274, 274, 380};
  private static final String NOT_AVAILABLE = "/dev/vorzimmer/media/announcements/%s.wav";
  private static final double AMPLITUDE = 0.1 * 32767;
  private static final int RAMP = 40;
  private static final int REPEATS = 2;

  /**
   * Built once per language (immutable): decoding the bundled WAV per intercepted call cost the
   * decision and the SIP thread milliseconds each (docs/BENCHMARKS.md, "Start-up cliff").
   */
  private static final Map<String, Greeting> NOT_AVAILABLE_BY_LANGUAGE = new ConcurrentHashMap<>();

  private Announcements() {}

  /** The three special information tones, 928 ms at 8 kHz. */
  public static short[] specialInformationTones() {
    int total = 0;
    for (int ms : SIT_MS) {
      total += ms * CrashSafeWavWriter.SAMPLE_RATE / 1000;
    }
    short[] out = new short[total];
    int at = 0;
    for (int k = 0; k < SIT_HZ.length; k++) {
      int n = SIT_MS[k] * CrashSafeWavWriter.SAMPLE_RATE / 1000;
      for (int i = 0; i < n; i++) {
        double ramp = Math.min(1.0, Math.min(i, n - 1 - i) / (double) RAMP);
        out[at + i] =
            (short)
                Math.round(
                    AMPLITUDE
                        * ramp
                        * Math.sin(2 * Math.PI * SIT_HZ[k] * i / CrashSafeWavWriter.SAMPLE_RATE));
      }
      at += n;
    }
    return out;
  }

  /**
   * SIT plus "not available" announcement, twice, in German for {@code de} and English otherwise.
   *
   * @throws MediaException if the bundled announcement is missing from the build
   */
  public static Greeting notAvailable(Locale locale) {
    String lang = "de".equals(locale.getLanguage()) ? "de" : "en";
    return NOT_AVAILABLE_BY_LANGUAGE.computeIfAbsent(lang, Announcements::buildNotAvailable);
  }

  private static Greeting buildNotAvailable(String lang) {
    short[] speech = Greeting.resource(String.format(NOT_AVAILABLE, lang)).samples();
    short[] sit = specialInformationTones();
    short[] out = new short[REPEATS * (sit.length + speech.length)];
    for (int r = 0; r < REPEATS; r++) {
      int at = r * (sit.length + speech.length);
      System.arraycopy(sit, 0, out, at, sit.length);
      System.arraycopy(speech, 0, out, at + sit.length, speech.length);
    }
    return Greeting.of(out);
  }
}
