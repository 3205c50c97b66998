package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.audio.Wsola;

/**
 * Plays speech faster or slower without changing its pitch (WSOLA: windowed segments overlap-added
 * where they best continue each other). A player asks for one step at a time: each {@link #step}
 * writes {@link #hop()} samples (about 16 ms) for a source position and the player moves that
 * position on by {@link #stride()}. Not thread-safe.
 */
public final class TimeStretch {

  private final Wsola wsola;

  private TimeStretch(Wsola wsola) {
    this.wsola = wsola;
  }

  /**
   * A stretch of {@code source} (not copied; do not change it while stretching).
   *
   * @param speed message time per played time, e.g. 2.0 for twice as fast; must be positive
   */
  public static TimeStretch of(short[] source, float sampleRate, double speed) {
    return new TimeStretch(new Wsola(source, sampleRate, speed));
  }

  /** Samples written per step. */
  public int hop() {
    return wsola.hop();
  }

  /** Source samples consumed per step. */
  public int stride() {
    return wsola.stride();
  }

  /** Forgets the previous segment, e.g. after a seek; the next step fades in. */
  public void reset() {
    wsola.reset();
  }

  /** Writes {@link #hop()} samples into {@code out} for the source position {@code at}. */
  public void step(int at, short[] out) {
    wsola.step(at, out);
  }
}
