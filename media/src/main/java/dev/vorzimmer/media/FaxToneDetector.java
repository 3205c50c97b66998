package dev.vorzimmer.media;

/**
 * Hears a fax machine or modem answering: the calling tone (CNG, 1100 Hz) or the answer tone
 * (CED/ANS, 2100 Hz) holding most of the energy of 20 consecutive 20 ms frames (400 ms; CNG bursts
 * last 500 ms). Speech and DTMF never hold one pure frequency that long. Not thread-safe: one per
 * received stream.
 */
final class FaxToneDetector {
  private static final double[] HZ = {1100, 2100};
  private static final int FRAMES = 20;
  private static final double MIN_RMS = 100;
  private static final double SHARE = 0.6;

  private int run;
  private boolean heard;

  /**
   * Feeds one frame of 8 kHz samples.
   *
   * @return true exactly once: for the frame that completes the tone
   */
  boolean feed(short[] frame, int length) {
    if (heard || length < 80) {
      return false;
    }
    run = toneFrame(frame, length) ? run + 1 : 0;
    if (run >= FRAMES) {
      heard = true;
      return true;
    }
    return false;
  }

  private static boolean toneFrame(short[] x, int n) {
    double energy = 0;
    for (int i = 0; i < n; i++) {
      energy += (double) x[i] * x[i];
    }
    if (energy < n * MIN_RMS * MIN_RMS) {
      return false;
    }
    for (double hz : HZ) {
      if (power(x, n, hz) / (n * energy / 2) > SHARE) {
        return true;
      }
    }
    return false;
  }

  /** Goertzel: |X(f)|² over {@code n} samples at 8 kHz. */
  private static double power(short[] x, int n, double hz) {
    double coeff = 2 * Math.cos(2 * Math.PI * hz / CrashSafeWavWriter.SAMPLE_RATE);
    double s1 = 0;
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      double s = x[i] + coeff * s1 - s2;
      s2 = s1;
      s1 = s;
    }
    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
  }
}
