package dev.vorzimmer.media.internal.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class StreamResamplerTest {

    private static short[] sine(double hz, double rate, int count, int amplitude) {
        short[] s = new short[count];
        for (int i = 0; i < count; i++) {
            s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    /** Power of {@code hz} in {@code s} (Goertzel), normalised by length. */
    static double power(short[] s, double hz) {
        double coeff = 2 * Math.cos(2 * Math.PI * hz / 8000);
        double q1 = 0;
        double q2 = 0;
        for (short x : s) {
            double q0 = coeff * q1 - q2 + x;
            q2 = q1;
            q1 = q0;
        }
        return (q1 * q1 + q2 * q2 - coeff * q1 * q2) / ((double) s.length * s.length);
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

    @Test
    void from48kHzKeepsTheToneAndTheDuration() {
        short[] out = inChunks(new StreamResampler(48_000), sine(1000, 48_000, 48_000, 10_000));
        assertThat(out.length).isBetween(7999, 8000);
        assertThat(power(out, 1000)).isGreaterThan(100 * power(out, 1500));
        assertThat(rms(out)).isBetween(6000.0, 7500.0);
    }

    @Test
    void from44100HzKeepsTheToneAndTheDuration() {
        short[] out = inChunks(new StreamResampler(44_100), sine(440, 44_100, 44_100, 10_000));
        assertThat(out.length).isBetween(7999, 8001);
        assertThat(power(out, 440)).isGreaterThan(100 * power(out, 800));
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
        assertThat(power(out, 300)).isGreaterThan(100 * power(out, 700));
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
        assertThat(new PcmFormat(8000, 16, 2, true, true).toMono(be, 0, be.length)).containsExactly(mono);
        byte[] le = PcmFormat.toLittleEndian(mono, 0, mono.length);
        assertThat(PcmFormat.CALL.toMono(le, 0, le.length)).containsExactly(mono);
        byte[] unsigned8 = {(byte) 128, (byte) 255, 0};
        assertThat(new PcmFormat(8000, 8, 1, false, false).toMono(unsigned8, 0, 3))
                .containsExactly((short) 0, (short) (127 << 8), (short) (-128 << 8));
    }

    private static double rms(short[] s) {
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / s.length);
    }
}
