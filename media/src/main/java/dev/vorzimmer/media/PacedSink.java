package dev.vorzimmer.media;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Plays a stream of 8 kHz samples to an {@link AudioSink} in real time, for a producer that would
 * otherwise write faster than the sink plays (a message player, a ringtone): {@link #write} blocks
 * while the sink already holds {@code lead} of audio, measured against the monotonic clock from the
 * first write. The sink never blocks and drops its oldest audio when it holds too much, so this
 * keeps it fed, never flooded. If the producer falls behind, the clock restarts from the next write
 * instead of rushing to catch up.
 *
 * <p>One producer thread writes and drains; {@link #close} may come from any thread and wakes a
 * waiting write or drain at once.
 */
public final class PacedSink implements AutoCloseable {

  private final AudioSink sink;
  private final long leadSamples;
  private long startNanos;
  private long written;
  private boolean started;
  private boolean closed;

  /**
   * @param sink the device (closed by {@link #close})
   * @param lead how much audio may be queued ahead of the clock, e.g. 100 ms; at least 20 ms
   */
  public PacedSink(AudioSink sink, Duration lead) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.leadSamples = Math.max(WavAudio.RATE / 50, lead.toMillis() * WavAudio.RATE / 1000);
  }

  /** The device's name for the user. */
  public String name() {
    return sink.name();
  }

  /**
   * Hands {@code samples[offset..offset+count)} to the sink, first waiting until the sink's queue
   * leaves room for them. Does nothing once closed.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void write(short[] samples, int offset, int count) throws InterruptedException {
    synchronized (this) {
      if (!started) {
        started = true;
        startNanos = System.nanoTime();
      }
      long played = played();
      if (played > written) {
        startNanos = System.nanoTime() - written * 1_000_000_000L / WavAudio.RATE; // fell behind
      }
      while (!closed && written + count - played() > Math.max(leadSamples, count)) {
        waitNanos(untilPlayed(written + count - Math.max(leadSamples, count)));
      }
      if (closed) {
        return;
      }
      written += count;
    }
    sink.write(samples, offset, count);
  }

  /**
   * Waits until everything written has been played by the clock (or the sink was closed).
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public synchronized void drain() throws InterruptedException {
    while (!closed && started && played() < written) {
      waitNanos(untilPlayed(written));
    }
  }

  /** Stops at once: wakes a waiting write or drain and closes the sink; idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    sink.close();
  }

  private long played() {
    return (System.nanoTime() - startNanos) * WavAudio.RATE / 1_000_000_000L;
  }

  /** Nanoseconds until the clock has played {@code samples}. */
  private long untilPlayed(long samples) {
    return startNanos + samples * 1_000_000_000L / WavAudio.RATE - System.nanoTime();
  }

  private void waitNanos(long nanos) throws InterruptedException {
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, Math.max(nanos, 100_000));
    }
  }
}
