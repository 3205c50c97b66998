package dev.vorzimmer.app.it;

/**
 * Where a sent signal sits inside a recording, and how well it matches: the lag with the highest
 * normalised cross-correlation (coarse search on 1 kHz decimated audio, then sample-exact), and how
 * many seconds of the sent audio are found in 20 ms windows at that lag.
 *
 * @param lagSamples offset of the sent audio in the recording
 * @param correlation normalised cross-correlation at that lag (1 = identical up to gain)
 * @param matchedSeconds sent audio present in the recording (windows correlating above 0.8, or
 *     silent in both)
 */
record AudioMatch(int lagSamples, double correlation, double matchedSeconds) {
  private static final int DECIMATE = 8;
  private static final int WINDOW = 160;

  static AudioMatch find(short[] sent, short[] recorded) {
    int maxLag = recorded.length - sent.length;
    if (maxLag < 0) {
      return new AudioMatch(
          0, correlation(sent, recorded, 0, 1, Math.min(sent.length, recorded.length)), 0);
    }
    int coarse = 0;
    double best = -2;
    for (int lag = 0; lag <= maxLag; lag += DECIMATE) {
      double c = correlation(sent, recorded, lag, DECIMATE, sent.length);
      if (c > best) {
        best = c;
        coarse = lag;
      }
    }
    int lag = coarse;
    for (int l = Math.max(0, coarse - 2 * DECIMATE);
        l <= Math.min(maxLag, coarse + 2 * DECIMATE);
        l++) {
      double c = correlation(sent, recorded, l, 1, sent.length);
      if (c > best || l == coarse) {
        if (c >= best) {
          best = c;
          lag = l;
        }
      }
    }
    return new AudioMatch(
        lag, correlation(sent, recorded, lag, 1, sent.length), matched(sent, recorded, lag));
  }

  private static double correlation(short[] a, short[] b, int lag, int step, int length) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < length && i + lag < b.length; i += step) {
      double x = a[i];
      double y = b[i + lag];
      ab += x * y;
      aa += x * x;
      bb += y * y;
    }
    return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
  }

  private static double matched(short[] sent, short[] recorded, int lag) {
    int windows = 0;
    for (int start = 0; start + WINDOW <= sent.length; start += WINDOW) {
      double ab = 0;
      double aa = 0;
      double bb = 0;
      for (int i = start; i < start + WINDOW; i++) {
        double x = sent[i];
        double y = i + lag < recorded.length ? recorded[i + lag] : 0;
        ab += x * y;
        aa += x * x;
        bb += y * y;
      }
      boolean quiet = aa < WINDOW * 50.0 * 50.0;
      boolean bothQuiet = quiet && bb < WINDOW * 100.0 * 100.0;
      if (bothQuiet || (!quiet && bb > 0 && ab / Math.sqrt(aa * bb) > 0.8)) {
        windows++;
      }
    }
    return windows * WINDOW / 8000.0;
  }
}
