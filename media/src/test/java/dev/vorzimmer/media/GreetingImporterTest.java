package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreetingImporterTest {

  @TempDir Path dir;

  /**
   * Encodes {@code seconds} of a sine at {@code hz} in the given integer PCM layout (all channels
   * equal).
   */
  private static byte[] sine(AudioFormat f, double hz, double seconds) {
    int frames = (int) (f.getSampleRate() * seconds);
    int bytes = f.getSampleSizeInBits() / 8;
    ByteBuffer b =
        ByteBuffer.allocate(frames * f.getFrameSize())
            .order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frames; i++) {
      double v = 0.5 * Math.sin(2 * Math.PI * hz * i / f.getSampleRate());
      long q = Math.round(v * ((1L << (8 * bytes - 1)) - 1));
      if (f.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
        q += 1L << (8 * bytes - 1);
      }
      for (int c = 0; c < f.getChannels(); c++) {
        for (int k = 0; k < bytes; k++) {
          int shift = f.isBigEndian() ? 8 * (bytes - 1 - k) : 8 * k;
          b.put((byte) (q >> shift));
        }
      }
    }
    return b.array();
  }

  /** Goertzel power of {@code hz} in an 8 kHz signal, normalised by length. */
  private static double power(short[] s, double hz) {
    double coeff = 2 * Math.cos(2 * Math.PI * hz / 8000);
    double s1 = 0;
    double s2 = 0;
    for (short x : s) {
      double s0 = x + coeff * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / s.length / s.length;
  }

  private short[] importAndRead(AudioFormat f, double hz) throws IOException {
    Path in = dir.resolve("in.wav");
    WavFiles.write(in, f, sine(f, hz, 1.5));
    Path out = dir.resolve("out.wav");
    Greeting g = GreetingImporter.importWav(in, out);
    short[] samples = WavFiles.read(out);
    assertThat(samples).containsExactly(g.samples());
    return samples;
  }

  @Test
  void stereo44k16bitBecomesMono8kWithTheToneIntact() throws IOException {
    short[] s = importAndRead(new AudioFormat(44100, 16, 2, true, false), 440);
    assertThat(s.length).isBetween(11_990, 12_000);
    assertThat(power(s, 440)).isGreaterThan(100 * power(s, 1000));
    int peak = 0;
    for (short x : s) {
      peak = Math.max(peak, Math.abs(x));
    }
    assertThat(peak).isBetween(14_000, 18_000);
  }

  @Test
  void fortyEightKilohertz24bitIsConvertedAndHighTonesDoNotAlias() throws IOException {
    AudioFormat f = new AudioFormat(48000, 24, 1, true, false);
    short[] pass = importAndRead(f, 1000);
    assertThat(pass.length).isEqualTo(12_000);
    assertThat(power(pass, 1000)).isGreaterThan(1e6);
    short[] blocked = importAndRead(f, 6000);
    // without a low-pass, 6 kHz would fold to 2 kHz at 8 kHz sampling
    assertThat(power(blocked, 2000)).isLessThan(power(pass, 1000) / 100);
  }

  @Test
  void eightBitUnsigned16kHzAndBigEndianAreSupported() throws IOException {
    short[] a =
        importAndRead(
            new AudioFormat(AudioFormat.Encoding.PCM_UNSIGNED, 16000, 8, 1, 1, 16000, false), 500);
    assertThat(power(a, 500)).isGreaterThan(100 * power(a, 1500));
    short[] b = importAndRead(new AudioFormat(8000, 16, 1, true, true), 500);
    assertThat(b.length).isEqualTo(12_000);
  }

  @Test
  void unsupportedFileGivesAClearErrorAndLeavesTheOldGreeting() throws IOException {
    Path in = dir.resolve("song.mp3");
    Files.write(in, "ID3 definitely not a wav".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path out = dir.resolve("greeting.wav");
    Files.write(out, new byte[] {7});
    assertThatThrownBy(() -> GreetingImporter.importWav(in, out))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unsupported audio file")
        .hasMessageContaining("song.mp3");
    assertThat(Files.readAllBytes(out)).containsExactly(7);
  }

  @Test
  void missingFileSaysWhichFile() {
    assertThatThrownBy(
            () -> GreetingImporter.importWav(dir.resolve("nope.wav"), dir.resolve("o.wav")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nope.wav");
  }

  @Test
  void bundledGreetingsExistInGermanAndEnglish() {
    Greeting de = Greeting.bundled(Locale.GERMAN);
    Greeting en = Greeting.bundled(Locale.forLanguageTag("fr"));
    assertThat(de.duration().toMillis()).isBetween(1500L, 10_000L);
    assertThat(en.duration().toMillis()).isBetween(1500L, 10_000L);
    assertThat(de.length()).isNotEqualTo(en.length());
  }
}
