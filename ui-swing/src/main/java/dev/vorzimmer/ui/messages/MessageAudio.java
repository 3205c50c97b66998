package dev.vorzimmer.ui.messages;

import dev.vorzimmer.media.WavAudio;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A message's audio in memory as 16-bit mono samples (8 kHz when read from a file); no Swing.
 *
 * @param samples the samples (not copied; do not change)
 * @param sampleRate samples per second
 */
record MessageAudio(short[] samples, float sampleRate) {

  MessageAudio {
    if (!(sampleRate > 0)) {
      throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
    }
  }

  /** The longest message this player reads. */
  private static final Duration LONGEST = Duration.ofHours(4);

  /**
   * Reads a message file through media's {@link WavAudio} (stored as 8 kHz 16-bit mono; other
   * layouts are converted). Call off the EDT.
   *
   * @throws IOException if the file cannot be read or is not audio
   */
  static MessageAudio read(Path wav) throws IOException {
    try {
      return new MessageAudio(WavAudio.read(wav, LONGEST), WavAudio.RATE);
    } catch (IOException e) {
      throw new IOException("not a playable WAV file: " + wav + " (" + e.getMessage() + ")", e);
    }
  }

  int frames() {
    return samples.length;
  }

  Duration duration() {
    return time(samples.length);
  }

  Duration time(long frame) {
    return Duration.ofMillis(Math.round(frame * 1000.0 / sampleRate));
  }

  /** The frame at {@code time}, clamped to the message. */
  long frame(Duration time) {
    long f = Math.round(time.toMillis() * sampleRate / 1000.0);
    return Math.max(0, Math.min(samples.length, f));
  }
}
