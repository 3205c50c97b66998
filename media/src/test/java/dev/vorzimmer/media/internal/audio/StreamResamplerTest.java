package dev.vorzimmer.media.internal.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamResamplerTest {

  private static short[] sine(double hz, double rate, int count, int amplitude) {
    short[] s = new short[count];
    for (int i = 0; i < count; i++) {
      s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return s;
  }

  /** Resamples in uneven chunks, as a device delivers them. */
  private static short[] inChunks(StreamResampler r, short[] in) {
    int[] chunks = {441, 960, 17, 1000, 480};
    java.util.List<Short> out = new java.util.ArrayList<>();
    int pos = 0;
    for (int k = 0; pos < in.length; k++) {
      int n = Math.min(chunks[k % chunks.length], in.length - pos);
      for (short v : r.process(in, pos, n)) {
        out.add(v);
      }
      pos += n;
    }
    short[] result = new short[out.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = out.get(i);
    }
    return result;
  }

  @ParameterizedTest(name = "{0} Hz")
  @CsvSource({"48000, 1000, 1500", "44100, 440, 800", "16000, 1000, 2000", "4000, 300, 700"})
  void keepsTheToneAndTheDurationFromOtherRates(int rate, int hz, int otherHz) {
    short[] out = inChunks(new StreamResampler(rate), sine(hz, rate, rate, 10_000));
    assertThat(out.length).as("one second").isBetween(7999, 8001);
    assertThat(AudioMeasures.power(out, hz)).isGreaterThan(100 * AudioMeasures.power(out, otherHz));
    assertThat(AudioMeasures.rms(out)).as("level kept").isBetween(6000.0, 7500.0);
  }

  @Test
  void at8kHzPassesSamplesThrough() {
    short[] in = sine(440, 8000, 800, 5000);
    assertThat(new StreamResampler(8000).process(in, 0, in.length)).containsExactly(in);
  }

  @Test
  void from4kHzInterpolatesToTwiceTheSamples() {
    short[] out = inChunks(new StreamResampler(4000), sine(300, 4000, 4000, 10_000));
    assertThat(out.length).isBetween(7999, 8001);
    assertThat(AudioMeasures.power(out, 300)).isGreaterThan(100 * AudioMeasures.power(out, 700));
  }

  @Test
  void pcmLayoutsDecodeToTheSameMonoSamples() {
    short[] mono = sine(440, 8000, 100, 12_000);
    ByteArrayOutputStream stereoBigEndian = new ByteArrayOutputStream();
    for (short v : mono) {
      for (int c = 0; c < 2; c++) {
        stereoBigEndian.write(v >> 8);
        stereoBigEndian.write(v);
      }
    }
    byte[] be = stereoBigEndian.toByteArray();
    assertThat(new PcmFormat(8000, 16, 2, true, true).toMono(be, 0, be.length))
        .containsExactly(mono);
    byte[] le = PcmFormat.toLittleEndian(mono, 0, mono.length);
    assertThat(PcmFormat.CALL.toMono(le, 0, le.length)).containsExactly(mono);
    byte[] unsigned8 = {(byte) 128, (byte) 255, 0};
    assertThat(new PcmFormat(8000, 8, 1, false, false).toMono(unsigned8, 0, 3))
        .containsExactly((short) 0, (short) (127 << 8), (short) (-128 << 8));
  }
}
