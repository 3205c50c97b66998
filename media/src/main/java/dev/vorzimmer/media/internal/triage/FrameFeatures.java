package dev.vorzimmer.media.internal.triage;

import dev.vorzimmer.media.Triage.Signal;

/**
 * Computes the features of one analysis frame of {@link #SIZE} samples at 8 kHz: level, zero
 * crossings, whether a telephone signal fills the frame, and the magnitude spectrum (for spectral
 * change). One instance per analysis, reused for every frame; not thread-safe.
 */
final class FrameFeatures {

  /** Frame length in samples (32 ms). */
  static final int SIZE = 256;

  static final double RATE = 8000;

  /** Share of a frame's energy a signal must hold to count as present. */
  static final double SIGNAL_SHARE = 0.7;

  /** Spectrum bins used for spectral change: about 125..3780 Hz. */
  static final int FIRST_BIN = 4;

  static final int LAST_BIN = 121;

  private static final double[] FAX_CALLING = {1100};
  private static final double[] ANSWER_TONE = {2100};

  /** North American SIT segment frequencies (low and high variants) and the E.180 nominal ones. */
  private static final double[] SIT = {913.8, 985.2, 950, 1370.6, 1428.5, 1400, 1776.7, 1800};

  private static final double[] DTMF_LOW = {697, 770, 852, 941};
  private static final double[] DTMF_HIGH = {1209, 1336, 1477, 1633};
  private static final double DTMF_MIN_SHARE_EACH = 0.2;

  private final double[] window = new double[SIZE];
  private final double windowPowerNorm;
  private final double[] re = new double[SIZE];
  private final double[] im = new double[SIZE];
  private final Fft fft = new Fft(SIZE);

  FrameFeatures() {
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < SIZE; i++) {
      window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (SIZE - 1));
      sum += window[i];
      sumSq += window[i] * window[i];
    }
    windowPowerNorm = 2 * sumSq / (sum * sum);
  }

  /** Mean-square level of {@code frame} in dB below full scale (-120 for digital silence). */
  static double levelDb(short[] frame) {
    double sum = 0;
    for (short s : frame) {
      sum += (double) s * s;
    }
    double ms = sum / frame.length / (32768.0 * 32768.0);
    return ms <= 1e-12 ? -120 : 10 * Math.log10(ms);
  }

  /** Zero crossings per sample. */
  static double zeroCrossingRate(short[] frame) {
    int crossings = 0;
    for (int i = 1; i < frame.length; i++) {
      if ((frame[i - 1] >= 0) != (frame[i] >= 0)) {
        crossings++;
      }
    }
    return crossings / (double) (frame.length - 1);
  }

  /**
   * Windows {@code frame}, stores its magnitude spectrum (bins {@link #FIRST_BIN}..{@link
   * #LAST_BIN}) in {@code magnitudes}, and returns the telephone signal filling the frame, or null.
   */
  Signal analyse(short[] frame, double[] magnitudes) {
    double energy = 0;
    for (int i = 0; i < SIZE; i++) {
      re[i] = frame[i] * window[i];
      im[i] = 0;
      energy += re[i] * re[i];
    }
    Signal signal = energy <= 0 ? null : signal(energy);
    fft.transform(re, im);
    for (int b = FIRST_BIN; b <= LAST_BIN; b++) {
      magnitudes[b - FIRST_BIN] = Math.sqrt(re[b] * re[b] + im[b] * im[b]);
    }
    return signal;
  }

  private Signal signal(double energy) {
    if (best(FAX_CALLING, energy) >= SIGNAL_SHARE) {
      return Signal.FAX_CALLING;
    }
    if (best(ANSWER_TONE, energy) >= SIGNAL_SHARE) {
      return Signal.ANSWER_TONE;
    }
    if (best(SIT, energy) >= SIGNAL_SHARE) {
      return Signal.SIT;
    }
    double low = best(DTMF_LOW, energy);
    double high = best(DTMF_HIGH, energy);
    if (low >= DTMF_MIN_SHARE_EACH && high >= DTMF_MIN_SHARE_EACH && low + high >= SIGNAL_SHARE) {
      return Signal.DTMF;
    }
    return null;
  }

  /** The largest share of the windowed frame's energy at one of {@code hz}. */
  private double best(double[] hz, double energy) {
    double best = 0;
    for (double f : hz) {
      best = Math.max(best, goertzel(f) * windowPowerNorm / energy);
    }
    return best;
  }

  /** Squared magnitude of the windowed frame at {@code hz}. */
  private double goertzel(double hz) {
    double coeff = 2 * Math.cos(2 * Math.PI * hz / RATE);
    double q1 = 0;
    double q2 = 0;
    for (int i = 0; i < SIZE; i++) {
      double q0 = coeff * q1 - q2 + re[i];
      q2 = q1;
      q1 = q0;
    }
    return q1 * q1 + q2 * q2 - coeff * q1 * q2;
  }
}
