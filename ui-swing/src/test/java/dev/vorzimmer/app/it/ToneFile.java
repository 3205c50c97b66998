package dev.vorzimmer.app.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * A sine tone as an 8 kHz 16-bit mono WAV file (what a real phone "says"), and how to find it in a
 * recording.
 */
final class ToneFile {
  private static final int RATE = 8000;

  /** A 20 ms frame is "loud" above this RMS (the tone is written at amplitude 8000, RMS ~5600). */
  private static final double LOUD_RMS = 1000;

  private ToneFile() {}

  /** Writes {@code seconds} of a {@code hz} sine at amplitude 8000. */
  static Path write(Path file, int hz, int seconds) throws IOException {
    short[] samples = new short[RATE * seconds];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * hz * i / RATE));
    }
    ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asShortBuffer().put(samples);
    AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(bytes.array()), format, samples.length)) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
    }
    return file;
  }

  /** Seconds of audio in 20 ms frames louder than background noise. */
  static double loudSeconds(short[] samples) {
    int loud = 0;
    for (int start = 0; start + 160 <= samples.length; start += 160) {
      if (rms(samples, start) > LOUD_RMS) {
        loud++;
      }
    }
    return loud * 0.02;
  }

  /** The frequency of the loud frames, from their zero crossings (0 if none is loud). */
  static double frequencyOfLoudPart(short[] samples) {
    long crossings = 0;
    int frames = 0;
    for (int start = 0; start + 160 <= samples.length; start += 160) {
      if (rms(samples, start) <= LOUD_RMS) {
        continue;
      }
      frames++;
      for (int i = Math.max(1, start); i < start + 160; i++) {
        if ((samples[i - 1] < 0) != (samples[i] < 0)) {
          crossings++;
        }
      }
    }
    return frames == 0 ? 0 : crossings / 2.0 / (frames * 0.02);
  }

  private static double rms(short[] s, int start) {
    double sum = 0;
    for (int i = start; i < start + 160; i++) {
      sum += (double) s[i] * s[i];
    }
    return Math.sqrt(sum / 160);
  }
}
