package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class G711Test {

  private static final AudioFormat PCM16 = new AudioFormat(8000, 16, 1, true, false);
  private static final AudioFormat ALAW =
      new AudioFormat(AudioFormat.Encoding.ALAW, 8000, 8, 1, 1, 8000, false);

  @Test
  void alawEncoderMatchesTheJdkForAll65536Inputs() throws IOException {
    ByteBuffer pcm = ByteBuffer.allocate(65536 * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int s = Short.MIN_VALUE; s <= Short.MAX_VALUE; s++) {
      pcm.putShort((short) s);
    }
    byte[] jdk = convert(pcm.array(), PCM16, AudioFormat.Encoding.ALAW, 65536);
    for (int s = Short.MIN_VALUE; s <= Short.MAX_VALUE; s++) {
      if (s < 0 && s > -8) {
        continue; // the JDK encodes these as code 0x5A (about -264); see the next test
      }
      int expected = jdk[s - Short.MIN_VALUE] & 0xFF;
      assertThat(G711.linearToAlaw(s)).as("A-law code of %d", s).isEqualTo(expected);
    }
  }

  @Test
  void tinyNegativeSamplesGetTheQuietestNegativeAlawCode() {
    for (int s = -7; s <= -1; s++) {
      assertThat(G711.linearToAlaw(s)).as("A-law code of %d", s).isEqualTo(0x55);
    }
    assertThat(G711.alawToLinear(0x55)).isEqualTo((short) -8);
  }

  @Test
  void alawDecoderMatchesTheJdkForAll256Codes() throws IOException {
    byte[] codes = new byte[256];
    for (int c = 0; c < 256; c++) {
      codes[c] = (byte) c;
    }
    AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(codes), ALAW, 256);
    ByteBuffer decoded =
        ByteBuffer.wrap(AudioSystem.getAudioInputStream(PCM16, in).readAllBytes())
            .order(ByteOrder.LITTLE_ENDIAN);
    for (int c = 0; c < 256; c++) {
      assertThat(G711.alawToLinear(c))
          .as("A-law code 0x%02x", c)
          .isEqualTo(decoded.getShort(2 * c));
    }
  }

  /**
   * G.711 µ-law by its definition: magnitude code m = 16·segment + step covers the biased interval
   * [(16+step)·2^(segment+3), (17+step)·2^(segment+3)) with bias 132; the top interval saturates.
   */
  @Test
  void ulawEncoderMatchesTheG711DefinitionForAllInputs() {
    for (int s = Short.MIN_VALUE; s <= Short.MAX_VALUE; s++) {
      assertThat(G711.linearToUlaw(s)).as("µ-law code of %d", s).isEqualTo(referenceUlaw(s));
    }
  }

  @Test
  void ulawDecoderReconstructsTheIntervalMidpointsOfTheDefinition() {
    for (int m = 0; m < 128; m++) {
      int segment = m >> 4;
      int step = m & 15;
      int lower = ((16 + step) << (segment + 3)) - 132;
      int expected = lower + (1 << (segment + 2));
      assertThat(G711.ulawToLinear(~m & 0xFF))
          .as("positive code for m=%d", m)
          .isEqualTo((short) expected);
      assertThat(G711.ulawToLinear(~(m | 0x80) & 0xFF)).isEqualTo((short) -expected);
    }
  }

  @Test
  void fullScaleUlawSaturatesInsteadOfWrappingLikeTheJdkEncoder() {
    assertThat(G711.linearToUlaw(32767)).isEqualTo(0x80);
    assertThat(G711.linearToUlaw(32635)).isEqualTo(0x80);
    assertThat(G711.linearToUlaw(-32768)).isEqualTo(0x00);
    assertThat(G711.ulawToLinear(G711.linearToUlaw(32767))).isEqualTo((short) 32124);
  }

  @Test
  void roundTripErrorStaysWithinOneQuantisationStep() {
    for (int s = -32000; s <= 32000; s += 7) {
      int ulawError = Math.abs(G711.ulawToLinear(G711.linearToUlaw(s)) - s);
      int alawError = Math.abs(G711.alawToLinear(G711.linearToAlaw(s)) - s);
      int scale = Math.max(Math.abs(s), 1);
      assertThat(ulawError).as("µ-law error at %d", s).isLessThanOrEqualTo(Math.max(4, scale / 16));
      assertThat(alawError)
          .as("A-law error at %d", s)
          .isLessThanOrEqualTo(Math.max(16, scale / 16));
    }
  }

  private static int referenceUlaw(int sample) {
    int biased = Math.min(Math.abs(sample), 32635) + 132;
    int code = 127;
    for (int m = 0; m < 128; m++) {
      int segment = m >> 4;
      int step = m & 15;
      int upper = (17 + step) << (segment + 3);
      if (biased < upper) {
        code = m;
        break;
      }
    }
    return sample < 0 ? ~(code | 0x80) & 0xFF : ~code & 0xFF;
  }

  private static byte[] convert(byte[] data, AudioFormat from, AudioFormat.Encoding to, int frames)
      throws IOException {
    AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), from, frames);
    return AudioSystem.getAudioInputStream(to, in).readAllBytes();
  }
}
