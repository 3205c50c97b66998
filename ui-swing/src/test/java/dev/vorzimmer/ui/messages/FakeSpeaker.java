package dev.vorzimmer.ui.messages;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * A sound card for tests: every playback run gets its own {@link PcmOutput}, and all of them
 * collect what they are given here. A gated speaker lets a write through only for each permit the
 * test hands out (as a real card accepts sound only as fast as it plays), so a test decides how far
 * playback gets; closing an output releases a write that waits.
 */
public final class FakeSpeaker {
  private final Object lock = new Object();
  private final boolean noDevice;
  private long allowed;
  private short[] samples = new short[0];
  private int sampleCount;
  private int writes;
  private int opens;
  private int drains;

  private FakeSpeaker(long allowed, boolean noDevice) {
    this.allowed = allowed;
    this.noDevice = noDevice;
  }

  /** Writes pass at once. */
  static FakeSpeaker unlimited() {
    return new FakeSpeaker(Long.MAX_VALUE, false);
  }

  /** Writes wait for {@link #allow}. */
  public static FakeSpeaker gated() {
    return new FakeSpeaker(0, false);
  }

  /** Opening fails as on a machine without a sound card. */
  static FakeSpeaker missing() {
    return new FakeSpeaker(0, true);
  }

  public PcmOutput.Factory factory() {
    return Output::new;
  }

  public void allow(int moreWrites) {
    synchronized (lock) {
      allowed += moreWrites;
      lock.notifyAll();
    }
  }

  /** Waits until {@code count} writes have passed in all; false after {@code timeout}. */
  public boolean awaitWrites(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (writes < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  public int writes() {
    synchronized (lock) {
      return writes;
    }
  }

  int opens() {
    synchronized (lock) {
      return opens;
    }
  }

  int drains() {
    synchronized (lock) {
      return drains;
    }
  }

  /** Everything written so far, in order. */
  public short[] written() {
    synchronized (lock) {
      return Arrays.copyOf(samples, sampleCount);
    }
  }

  private final class Output implements PcmOutput {
    private boolean closed;

    @Override
    public void open() throws IOException {
      if (noDevice) {
        throw new IOException("no sound card in this test");
      }
      synchronized (lock) {
        opens++;
      }
    }

    @Override
    public void write(short[] data, int count) {
      synchronized (lock) {
        while (allowed == 0 && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write", e);
          }
        }
        if (closed) {
          return;
        }
        allowed--;
        if (sampleCount + count > samples.length) {
          samples = Arrays.copyOf(samples, Math.max(2 * samples.length, sampleCount + count));
        }
        System.arraycopy(data, 0, samples, sampleCount, count);
        sampleCount += count;
        writes++;
        lock.notifyAll();
      }
    }

    @Override
    public void drain() {
      synchronized (lock) {
        drains++;
      }
    }

    @Override
    public void close() {
      synchronized (lock) {
        closed = true;
        lock.notifyAll();
      }
    }
  }
}
