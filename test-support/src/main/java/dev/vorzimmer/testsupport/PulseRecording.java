package dev.vorzimmer.testsupport;

import dev.vorzimmer.testsupport.audio.ToneMeter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * A running {@code parec} started by {@link PulseAudioProcess#record}: the 8 kHz mono samples it
 * got so far, awaited with a timeout.
 */
public final class PulseRecording implements AutoCloseable {
  private final Process process;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  PulseRecording(Process process) {
    this.process = process;
    Thread reader = new Thread(this::copy, "parec-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  private void copy() {
    byte[] buffer = new byte[1600];
    try (InputStream in = process.getInputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        synchronized (bytes) {
          bytes.write(buffer, 0, n);
          bytes.notifyAll();
        }
      }
    } catch (IOException e) {
      // the recording was closed: what was read so far stays
    } finally {
      synchronized (bytes) {
        bytes.notifyAll();
      }
    }
  }

  /** Number of samples recorded so far. */
  public int size() {
    synchronized (bytes) {
      return bytes.size() / 2;
    }
  }

  /**
   * Waits until at least {@code samples} samples were recorded (or {@code timeout} passed, or parec
   * ended) and returns all samples so far.
   */
  public short[] await(int samples, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (bytes) {
      long left = timeout.toNanos();
      while (bytes.size() / 2 < samples && left > 0 && process.isAlive()) {
        TimeUnit.NANOSECONDS.timedWait(bytes, left);
        left = deadline - System.nanoTime();
      }
      return samples();
    }
  }

  /**
   * The first half second (4,000 samples) whose RMS exceeds {@code rms}, recorded within {@code
   * timeout}; an empty array if there was none.
   */
  public short[] awaitLoud(double rms, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int from = 0;
    int want = 4000;
    while (true) {
      short[] all = await(want, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      for (; from + 4000 <= all.length; from += 400) {
        short[] part = Arrays.copyOfRange(all, from, from + 4000);
        // loud in both halves: a window over the tone's start would measure the step, not the tone
        if (ToneMeter.rms(Arrays.copyOfRange(part, 0, 2000)) > rms
            && ToneMeter.rms(Arrays.copyOfRange(part, 2000, 4000)) > rms) {
          return part;
        }
      }
      if (System.nanoTime() >= deadline || !process.isAlive()) {
        return new short[0];
      }
      want = all.length + 800;
    }
  }

  /** All samples recorded so far. */
  public short[] samples() {
    byte[] b;
    synchronized (bytes) {
      b = bytes.toByteArray();
    }
    short[] s = new short[b.length / 2];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
    }
    return s;
  }

  /** Stops parec. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
