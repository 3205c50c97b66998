package dev.vorzimmer.testsupport.audio;

import java.util.Arrays;

/** Measures tones in 8 kHz recordings: loudness and the power at one frequency (Goertzel). */
public final class ToneMeter {
  private static final int RATE = 8000;

  private ToneMeter() {}

  /** Root mean square of {@code samples} (0 for none). */
  public static double rms(short[] samples) {
    if (samples.length == 0) {
      return 0;
    }
    double sum = 0;
    for (short s : samples) {
      sum += (double) s * s;
    }
    return Math.sqrt(sum / samples.length);
  }

  /** Power of {@code samples} at {@code hz} (Goertzel over the whole array, 8 kHz). */
  public static double power(short[] samples, double hz) {
    double coeff = 2 * Math.cos(2 * Math.PI * hz / RATE);
    double s1 = 0;
    double s2 = 0;
    for (short x : samples) {
      double s0 = x + coeff * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / Math.max(1, samples.length);
  }

  /**
   * The frequency (in steps of 10 Hz from 100 to 3,500 Hz) with the most power in {@code samples}.
   */
  public static int dominantFrequency(short[] samples) {
    int best = 0;
    double bestPower = -1;
    for (int hz = 100; hz <= 3500; hz += 10) {
      double p = power(samples, hz);
      if (p > bestPower) {
        bestPower = p;
        best = hz;
      }
    }
    return best;
  }

  /** The loudest stretch of {@code n} samples (in steps of 400; all if there are fewer). */
  public static short[] loudest(short[] samples, int n) {
    short[] best = Arrays.copyOf(samples, Math.min(n, samples.length));
    for (int from = 0; from + n <= samples.length; from += 400) {
      short[] part = Arrays.copyOfRange(samples, from, from + n);
      if (rms(part) > rms(best)) {
        best = part;
      }
    }
    return best;
  }

  /** The last {@code n} samples (all if there are fewer). */
  public static short[] tail(short[] samples, int n) {
    return Arrays.copyOfRange(samples, Math.max(0, samples.length - n), samples.length);
  }
}
