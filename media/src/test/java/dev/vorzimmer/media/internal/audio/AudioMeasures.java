package dev.vorzimmer.media.internal.audio;

/** Measures of 8 kHz test audio, shared by the audio tests. */
public final class AudioMeasures {

  private AudioMeasures() {}

  public static double rms(short[] s) {
    double sum = 0;
    for (short v : s) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum / Math.max(1, s.length));
  }

  /** Power of {@code hz} in {@code s} (Goertzel), normalised by length. */
  public static double power(short[] s, double hz) {
    double coeff = 2 * Math.cos(2 * Math.PI * hz / 8000);
    double q1 = 0;
    double q2 = 0;
    for (short x : s) {
      double q0 = coeff * q1 - q2 + x;
      q2 = q1;
      q1 = q0;
    }
    return (q1 * q1 + q2 * q2 - coeff * q1 * q2) / ((double) s.length * s.length);
  }
}
