package dev.vorzimmer.media;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An {@link AudioSink} that keeps everything written to it, for tests and for headless checks of
 * what a caller sent. Thread-safe; {@link #await} waits (with a timeout) for enough audio.
 */
public final class CollectingAudioSink implements AudioSink {

  private short[] samples = new short[8000];
  private int size;
  private boolean closed;

  @Override
  public String name() {
    return "collector";
  }

  @Override
  public Optional<DeviceProblem> problem() {
    return Optional.empty();
  }

  @Override
  public synchronized void write(short[] in, int offset, int count) {
    if (closed) {
      return;
    }
    if (size + count > samples.length) {
      samples = Arrays.copyOf(samples, Math.max(samples.length * 2, size + count));
    }
    System.arraycopy(in, offset, samples, size, count);
    size += count;
    notifyAll();
  }

  /** All samples written so far. */
  public synchronized short[] samples() {
    return Arrays.copyOf(samples, size);
  }

  /** Number of samples written so far. */
  public synchronized int size() {
    return size;
  }

  /**
   * Waits until at least {@code count} samples have been written.
   *
   * @return all samples written so far (at least {@code count})
   * @throws InterruptedException if interrupted while waiting
   * @throws IllegalStateException if they do not arrive within {@code timeout}
   */
  public synchronized short[] await(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (size < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "only " + size + " of " + count + " samples arrived within " + timeout);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return samples();
  }

  /** Stops collecting; later writes are ignored. */
  @Override
  public synchronized void close() {
    closed = true;
  }
}
