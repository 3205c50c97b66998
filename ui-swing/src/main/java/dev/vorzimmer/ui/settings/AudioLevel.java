package dev.vorzimmer.ui.settings;

/**
 * How loud a frame of 16-bit samples is, for a level meter: RMS in dBFS, mapped from {@value
 * #FLOOR_DB} dBFS (and silence) to 0 and 0 dBFS to 100. No Swing.
 */
final class AudioLevel {
  /** The quietest level the meter shows; anything below reads 0. */
  static final double FLOOR_DB = -60;

  private static final double FULL_SCALE = 32768;

  private AudioLevel() {}

  /**
   * The RMS level of {@code samples[0..count)} in dBFS; negative infinity for silence or no
   * samples.
   */
  static double dbfs(short[] samples, int count) {
    if (count <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      double v = samples[i] / FULL_SCALE;
      sum += v * v;
    }
    double rms = Math.sqrt(sum / count);
    return rms == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(rms);
  }

  /** The meter reading 0..100 for {@code samples[0..count)}. */
  static int percent(short[] samples, int count) {
    double db = dbfs(samples, count);
    if (db <= FLOOR_DB) {
      return 0;
    }
    return (int) Math.round(Math.min(100, 100 * (db - FLOOR_DB) / -FLOOR_DB));
  }
}
