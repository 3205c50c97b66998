package dev.vorzimmer.media.internal.audio;

import java.util.Arrays;

/**
 * Changes the speed of speech without changing its pitch (WSOLA: Hann-windowed segments of about 32
 * ms are overlap-added at half a window apart, read from the source that much times the speed
 * apart, each shifted by up to a quarter window to where it best continues the previous one). Each
 * step writes {@link #hop()} samples and moves the source position by {@link #stride()}. Not
 * thread-safe.
 */
public final class Wsola {
  private final short[] source;
  private final int hop;
  private final int stride;
  private final int tolerance;
  private final float[] window;
  private final float[] tail;
  private int previous = -1;

  /** {@code speed} is the factor of message time per played time, e.g. 2.0 for twice as fast. */
  public Wsola(short[] source, float sampleRate, double speed) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
    this.source = source;
    this.hop = Math.max(16, Math.round(sampleRate * 0.016f));
    this.stride = (int) Math.round(hop * speed);
    this.tolerance = hop / 2;
    this.window = new float[2 * hop];
    for (int i = 0; i < window.length; i++) {
      window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / window.length));
    }
    this.tail = new float[hop];
  }

  /** Samples written per step. */
  public int hop() {
    return hop;
  }

  /** Source samples consumed per step. */
  public int stride() {
    return stride;
  }

  /** Forgets the previous segment, e.g. after a seek; the next step fades in. */
  public void reset() {
    Arrays.fill(tail, 0f);
    previous = -1;
  }

  /** Writes {@link #hop()} samples into {@code out} for the source position {@code at}. */
  public void step(int at, short[] out) {
    int start = previous < 0 ? at : bestStart(at, previous + hop);
    for (int i = 0; i < hop; i++) {
      float v = tail[i] + window[i] * sample(start + i);
      out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
      tail[i] = window[hop + i] * sample(start + hop + i);
    }
    previous = start;
  }

  /** The start near {@code nominal} whose first half matches the natural continuation best. */
  private int bestStart(int nominal, int natural) {
    int best = nominal;
    double bestScore = similarity(nominal, natural);
    for (int k = Math.max(0, nominal - tolerance); k <= nominal + tolerance; k++) {
      double score = similarity(k, natural);
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }

  private double similarity(int a, int b) {
    double sum = 0;
    for (int i = 0; i < hop; i++) {
      sum += (double) sample(a + i) * sample(b + i);
    }
    return sum;
  }

  private float sample(int i) {
    return i >= 0 && i < source.length ? source[i] : 0f;
  }
}
