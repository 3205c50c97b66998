package dev.vorzimmer.media;

import java.time.Duration;

/** Generated tones. */
final class Tone {

  private static final double AMPLITUDE = 8000;
  private static final int FADE_SAMPLES = 40;

  private Tone() {}

  /** A sine beep at 8 kHz with 5 ms fade in/out so it does not click. */
  static short[] beep(int hz, Duration length) {
    int n = (int) (length.toMillis() * CrashSafeWavWriter.SAMPLE_RATE / 1000);
    short[] out = new short[n];
    for (int i = 0; i < n; i++) {
      double fade = Math.min(1.0, Math.min(i, n - 1 - i) / (double) FADE_SAMPLES);
      out[i] =
          (short)
              Math.round(
                  AMPLITUDE
                      * fade
                      * Math.sin(2 * Math.PI * hz * i / CrashSafeWavWriter.SAMPLE_RATE));
    }
    return out;
  }
}
