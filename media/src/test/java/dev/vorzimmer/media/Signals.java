package dev.vorzimmer.media;

/** Test signal measures. */
final class Signals {

  private Signals() {}

  static double rms(short[] s) {
    double sum = 0;
    for (short x : s) {
      sum += (double) x * x;
    }
    return Math.sqrt(sum / Math.max(1, s.length));
  }

  /**
   * Highest normalised cross-correlation of {@code b} against {@code a} over shifts of ±{@code
   * maxLag}.
   */
  static double bestCorrelation(short[] a, short[] b, int maxLag) {
    double best = -1;
    for (int lag = -maxLag; lag <= maxLag; lag++) {
      double ab = 0;
      double aa = 0;
      double bb = 0;
      for (int i = Math.max(0, -lag); i < a.length && i + lag < b.length; i++) {
        double x = a[i];
        double y = b[i + lag];
        ab += x * y;
        aa += x * x;
        bb += y * y;
      }
      if (aa > 0 && bb > 0) {
        best = Math.max(best, ab / Math.sqrt(aa * bb));
      }
    }
    return best;
  }
}
