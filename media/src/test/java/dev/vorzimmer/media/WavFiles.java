package dev.vorzimmer.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Test helper: reads WAVs through javax.sound (an independent parser) and generates signals. */
final class WavFiles {

  private WavFiles() {}

  /** Reads an 8 kHz 16-bit mono WAV with the JDK's parser, asserting the format. */
  static short[] read(Path wav) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
      AudioFormat f = in.getFormat();
      if (f.getSampleRate() != 8000
          || f.getChannels() != 1
          || f.getSampleSizeInBits() != 16
          || !f.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED)) {
        throw new AssertionError("unexpected WAV format " + f);
      }
      byte[] data = in.readAllBytes();
      long declared = in.getFrameLength();
      if (declared != data.length / 2) {
        throw new AssertionError(
            "header declares " + declared + " frames, file has " + data.length / 2);
      }
      short[] out = new short[data.length / 2];
      ByteBuffer.wrap(data)
          .order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
          .asShortBuffer()
          .get(out);
      return out;
    } catch (UnsupportedAudioFileException e) {
      throw new AssertionError("not a readable WAV: " + wav, e);
    }
  }

  /** Writes a WAV in an arbitrary layout with javax.sound. */
  static void write(Path file, AudioFormat format, byte[] data) throws IOException {
    AudioInputStream in =
        new AudioInputStream(
            new java.io.ByteArrayInputStream(data), format, data.length / format.getFrameSize());
    AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, file.toFile());
  }

  /** Deterministic test signal: a 440 Hz sine plus pseudo-random "speech-like" noise. */
  static short[] signal(int samples, long seed) {
    java.util.Random random = new java.util.Random(seed);
    short[] out = new short[samples];
    for (int i = 0; i < samples; i++) {
      double envelope = 0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * i / 8000.0);
      double v = 6000 * Math.sin(2 * Math.PI * 440 * i / 8000.0) + 2500 * random.nextGaussian();
      out[i] = (short) Math.max(-32768, Math.min(32767, Math.round(v * envelope)));
    }
    return out;
  }

  static long fileSize(Path p) throws IOException {
    return Files.size(p);
  }
}
