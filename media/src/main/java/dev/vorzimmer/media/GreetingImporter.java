package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.audio.WavFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Imports a user's greeting recording into the 8 kHz 16-bit mono WAV the answering machine plays.
 */
public final class GreetingImporter {

  private GreetingImporter() {}

  /**
   * Converts {@code in} (WAV/AIFF/AU; PCM 8/16/24/32-bit, float, µ-law or A-law; any channel count
   * and rate) to {@code out}, replacing {@code out} atomically only once the conversion succeeded.
   *
   * @return the imported greeting
   * @throws IOException if {@code in} is unsupported, empty or longer than {@link
   *     Greeting#MAX_SECONDS}, or {@code out} cannot be written; {@code out} is then unchanged
   */
  public static Greeting importWav(Path in, Path out) throws IOException {
    Greeting greeting = Greeting.fromWav(in);
    if (greeting.length() == 0) {
      throw new IOException("greeting " + in + " contains no audio");
    }
    WavFile.write(out, greeting.samples());
    return greeting;
  }
}
