package dev.vorzimmer.app.it;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads a stored message (8 kHz 16-bit mono WAV) and measures it. */
final class WavSamples {
  private WavSamples() {}

  static short[] read(Path wav) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      AudioFormat f = in.getFormat();
      if (f.getSampleRate() != 8000 || f.getChannels() != 1 || f.getSampleSizeInBits() != 16) {
        throw new IOException(wav + " is not 8 kHz 16-bit mono: " + f);
      }
      byte[] bytes = in.readAllBytes();
      short[] out = new short[bytes.length / 2];
      ByteBuffer.wrap(bytes)
          .order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
          .asShortBuffer()
          .get(out);
      return out;
    } catch (UnsupportedAudioFileException e) {
      throw new IOException(wav + " is not a readable WAV", e);
    }
  }

  static double rms(short[] s) {
    double sum = 0;
    for (short v : s) {
      sum += (double) v * v;
    }
    return s.length == 0 ? 0 : Math.sqrt(sum / s.length);
  }
}
