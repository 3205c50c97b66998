package dev.vorzimmer.ui.settings;

import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.WavAudio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * A greeting being recorded from the microphone: 8 kHz 16-bit mono samples up to a maximum length,
 * then saved as the slot's WAV. Thread-safe (the microphone thread appends, the UI reads the
 * elapsed time). No Swing.
 */
final class GreetingRecording {
  static final int RATE = 8000;
  private final int maxSamples;
  private short[] samples = new short[RATE];
  private int size;

  /**
   * @param max the longest recording; {@link #append} takes nothing beyond it
   */
  GreetingRecording(Duration max) {
    long n = max.toMillis() * RATE / 1000;
    if (n <= 0 || n > (long) Greeting.MAX_SECONDS * RATE) {
      throw new IllegalArgumentException(
          "a greeting recording must be 1 ms to " + Greeting.MAX_SECONDS + " s long: " + max);
    }
    this.maxSamples = (int) n;
  }

  /**
   * Appends {@code frame[0..count)}, cut at the maximum length.
   *
   * @return false once the recording is full (the caller should stop)
   */
  synchronized boolean append(short[] frame, int count) {
    int n = Math.min(count, maxSamples - size);
    if (size + n > samples.length) {
      samples =
          Arrays.copyOf(samples, Math.min(maxSamples, Math.max(samples.length * 2, size + n)));
    }
    System.arraycopy(frame, 0, samples, size, n);
    size += n;
    return size < maxSamples;
  }

  /** Whether the maximum length is reached. */
  synchronized boolean full() {
    return size >= maxSamples;
  }

  /** Recorded time so far. */
  synchronized Duration elapsed() {
    return Duration.ofMillis(size * 1000L / RATE);
  }

  /** The recording so far. */
  synchronized Greeting greeting() {
    return Greeting.of(Arrays.copyOf(samples, size));
  }

  /**
   * Writes the recording as {@code out} (8 kHz 16-bit mono WAV, through media's {@link WavAudio}),
   * replacing it atomically; the folder is created if missing.
   *
   * @throws IOException if nothing was recorded or the file cannot be written; {@code out} is then
   *     unchanged
   */
  Greeting save(Path out) throws IOException {
    Greeting g = greeting();
    if (g.length() == 0) {
      throw new IOException("nothing was recorded");
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    WavAudio.write(out, g.samples());
    return g;
  }
}
