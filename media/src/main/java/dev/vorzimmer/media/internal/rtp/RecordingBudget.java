package dev.vorzimmer.media.internal.rtp;

/**
 * How much of the audio offered to a recording may be written: never more than its maximum length
 * in samples, and never more than {@code aheadSamples} ahead of the wall clock (ticks that really
 * passed), so RTP timestamps jumping ahead (filled with silence) cannot make a file longer than the
 * call. Counts what it refuses. Used from one thread.
 */
public final class RecordingBudget {

  private final long maxSamples;
  private final int samplesPerTick;
  private final int aheadSamples;
  private long written;
  private long discarded;

  public RecordingBudget(long maxSamples, int samplesPerTick, int aheadSamples) {
    this.maxSamples = maxSamples;
    this.samplesPerTick = samplesPerTick;
    this.aheadSamples = aheadSamples;
  }

  /**
   * How many of {@code count} offered samples may be written after {@code ticks} ticks; counts
   * them.
   */
  public int take(long ticks, int count) {
    long limit = Math.min(maxSamples, (ticks + 1) * samplesPerTick + aheadSamples);
    int take = (int) Math.max(0, Math.min(count, limit - written));
    written += take;
    discarded += count - take;
    return take;
  }

  /** True once the maximum length is written. */
  public boolean full() {
    return written >= maxSamples;
  }

  /** Samples written so far. */
  public long written() {
    return written;
  }

  /** Samples refused so far. */
  public long discarded() {
    return discarded;
  }
}
