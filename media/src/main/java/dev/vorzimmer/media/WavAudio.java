package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.audio.WavFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Audio files as the phone uses them: 8 kHz 16-bit mono samples, the format of messages, greetings
 * and every {@link AudioSink}/{@link AudioSource}. Reading accepts any common layout (WAV/AIFF/AU;
 * PCM 8/16/24/32-bit, float, µ-law, A-law; any channel count and rate) and converts it; writing
 * produces the canonical 8 kHz mono WAV.
 */
public final class WavAudio {

  /** The sample rate of everything this class returns or writes. */
  public static final int RATE = 8000;

  private WavAudio() {}

  /**
   * Reads {@code file} as 8 kHz mono samples. Call off the UI thread.
   *
   * @param longest the longest audio accepted
   * @throws IOException with a plain reason if the file is missing, not audio, in an unsupported
   *     layout or longer than {@code longest}
   */
  public static short[] read(Path file, Duration longest) throws IOException {
    return WavFile.read(file, (int) Math.min(Integer.MAX_VALUE, Math.max(1, longest.toSeconds())));
  }

  /**
   * Writes 8 kHz mono {@code samples} as the WAV file {@code out}, replacing it atomically (the
   * folder must exist); on failure {@code out} is unchanged.
   */
  public static void write(Path out, short[] samples) throws IOException {
    WavFile.write(out, samples);
  }
}
