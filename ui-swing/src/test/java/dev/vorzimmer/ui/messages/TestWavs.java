package dev.vorzimmer.ui.messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Test sounds: sine tones, and WAV files of them. */
public final class TestWavs {
  private TestWavs() {}

  /** {@code seconds} of a sine of {@code hz} at {@code rate}, at a third of full scale. */
  public static short[] sine(double hz, double seconds, float rate) {
    short[] s = new short[(int) Math.round(seconds * rate)];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) Math.round(10000 * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return s;
  }

  /** Writes 16-bit little-endian PCM; with two channels the samples go to both. */
  public static Path write(Path file, short[] samples, float rate, int channels)
      throws IOException {
    byte[] bytes = new byte[samples.length * 2 * channels];
    for (int i = 0; i < samples.length; i++) {
      for (int c = 0; c < channels; c++) {
        int at = 2 * (i * channels + c);
        bytes[at] = (byte) samples[i];
        bytes[at + 1] = (byte) (samples[i] >> 8);
      }
    }
    AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(bytes), format, samples.length)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
    }
    return file;
  }

  /** Sign changes from one sample to the next. */
  static int zeroCrossings(short[] s, int from, int to) {
    int n = 0;
    for (int i = from + 1; i < to; i++) {
      if ((s[i - 1] < 0) != (s[i] < 0)) {
        n++;
      }
    }
    return n;
  }
}
