package dev.vorzimmer.ui.messages;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A message's audio in memory as 16-bit mono samples at the file's own rate; no Swing.
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

  /**
   * Reads a WAV file; messages are stored as 8 kHz 16-bit mono, other PCM layouts are converted
   * (stereo is mixed down). Call off the EDT.
   *
   * @throws IOException if the file cannot be read or is not audio javax.sound can decode
   */
  static MessageAudio read(Path wav) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      AudioFormat source = in.getFormat();
      int channels = Math.max(1, source.getChannels());
      AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, source.getSampleRate(), 16, channels,
          2 * channels, source.getSampleRate(), false);
      try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, in)) {
        return new MessageAudio(mono(converted.readAllBytes(), channels), source.getSampleRate());
      }
    } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
      throw new IOException("not a playable WAV file: " + wav + " (" + e.getMessage() + ")", e);
    }
  }

  /** Little-endian 16-bit frames of {@code channels} samples, averaged to one. */
  static short[] mono(byte[] bytes, int channels) {
    int frames = bytes.length / (2 * channels);
    short[] out = new short[frames];
    for (int f = 0; f < frames; f++) {
      int sum = 0;
      for (int c = 0; c < channels; c++) {
        int at = 2 * (f * channels + c);
        sum += (short) ((bytes[at] & 0xff) | (bytes[at + 1] << 8));
      }
      out[f] = (short) (sum / channels);
    }
    return out;
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
