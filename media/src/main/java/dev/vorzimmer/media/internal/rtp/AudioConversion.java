package dev.vorzimmer.media.internal.rtp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Converts decoded audio of any common PCM layout to 8 kHz 16-bit mono: channels are averaged,
 * 8/16/24/32-bit integer and 32-bit float samples are scaled, µ-law/A-law are decoded by the JDK,
 * and other rates are resampled (windowed-sinc low-pass below 4 kHz, then linear interpolation).
 */
public final class AudioConversion {

  /** Output sample rate. */
  public static final int RATE = 8000;

  private static final double CUTOFF_HZ = 3600;
  private static final int TAPS = 63;

  private AudioConversion() {}

  /**
   * Reads the whole stream and converts it.
   *
   * @param maxSeconds longest audio accepted
   * @throws IOException with a plain reason if the layout is unsupported or the audio too long
   */
  public static short[] toMono8k(AudioInputStream in, int maxSeconds) throws IOException {
    AudioInputStream pcm = toLinear(in);
    AudioFormat f = pcm.getFormat();
    int bytesPerSample = f.getSampleSizeInBits() / 8;
    if (f.getSampleSizeInBits() % 8 != 0
        || bytesPerSample < 1
        || bytesPerSample > 4
        || f.getChannels() < 1) {
      throw new IOException("unsupported audio layout: " + f);
    }
    long maxBytes = (long) maxSeconds * (long) f.getSampleRate() * f.getFrameSize();
    // a whole frame more than allowed, and whole frames only: AudioInputStream reads whole
    // frames, so asking for a part of one returns 0 and readNBytes would spin for ever
    long limit = Math.min(maxBytes + f.getFrameSize(), Integer.MAX_VALUE - 16);
    byte[] data = pcm.readNBytes((int) (limit - limit % f.getFrameSize()));
    if (data.length > maxBytes) {
      throw new IOException("audio is longer than " + maxSeconds + " s");
    }
    double[] mono = downmix(data, f, bytesPerSample);
    double[] resampled = resample(mono, f.getSampleRate());
    short[] out = new short[resampled.length];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          (short)
              Math.max(
                  Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(resampled[i] * 32768)));
    }
    return out;
  }

  private static AudioInputStream toLinear(AudioInputStream in) throws IOException {
    AudioFormat.Encoding enc = in.getFormat().getEncoding();
    if (enc.equals(AudioFormat.Encoding.PCM_SIGNED)
        || enc.equals(AudioFormat.Encoding.PCM_UNSIGNED)
        || enc.equals(AudioFormat.Encoding.PCM_FLOAT)) {
      return in;
    }
    if (AudioSystem.isConversionSupported(AudioFormat.Encoding.PCM_SIGNED, in.getFormat())) {
      return AudioSystem.getAudioInputStream(AudioFormat.Encoding.PCM_SIGNED, in);
    }
    throw new IOException(
        "unsupported audio encoding " + enc + " (use PCM, µ-law or A-law WAV/AIFF/AU)");
  }

  private static double[] downmix(byte[] data, AudioFormat f, int bytesPerSample) {
    ByteBuffer buf =
        ByteBuffer.wrap(data)
            .order(f.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    int channels = f.getChannels();
    int frames = data.length / f.getFrameSize();
    boolean isFloat = f.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT);
    boolean unsigned = f.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED);
    double[] mono = new double[frames];
    for (int i = 0; i < frames; i++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        int pos = i * f.getFrameSize() + c * bytesPerSample;
        sum += isFloat ? buf.getFloat(pos) : sampleAt(buf, pos, bytesPerSample, unsigned);
      }
      mono[i] = sum / channels;
    }
    return mono;
  }

  /** One integer sample scaled to -1..1. */
  private static double sampleAt(ByteBuffer buf, int pos, int bytes, boolean unsigned) {
    long value = 0;
    boolean big = buf.order() == ByteOrder.BIG_ENDIAN;
    for (int b = 0; b < bytes; b++) {
      int shift = big ? 8 * (bytes - 1 - b) : 8 * b;
      value |= (long) (buf.get(pos + b) & 0xFF) << shift;
    }
    int bits = 8 * bytes;
    if (unsigned) {
      value -= 1L << (bits - 1);
    } else if ((value & (1L << (bits - 1))) != 0) {
      value -= 1L << bits;
    }
    return value / (double) (1L << (bits - 1));
  }

  /**
   * Resamples to {@link #RATE}: low-pass at the source rate if it is higher, then linear
   * interpolation.
   */
  static double[] resample(double[] in, float sourceRate) {
    if (Math.abs(sourceRate - RATE) < 0.5f) {
      return in;
    }
    double[] filtered = sourceRate > RATE ? lowPass(in, sourceRate) : in;
    double step = sourceRate / RATE;
    int n = (int) Math.floor(in.length / step);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double pos = i * step;
      int k = (int) pos;
      double frac = pos - k;
      double next = k + 1 < filtered.length ? filtered[k + 1] : filtered[k];
      out[i] = filtered[k] * (1 - frac) + next * frac;
    }
    return out;
  }

  private static double[] lowPass(double[] in, float rate) {
    double[] h = new double[TAPS];
    double fc = CUTOFF_HZ / rate;
    int mid = TAPS / 2;
    double sum = 0;
    for (int i = 0; i < TAPS; i++) {
      int m = i - mid;
      double sinc = m == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * m) / (Math.PI * m);
      double window = 0.54 - 0.46 * Math.cos(2 * Math.PI * i / (TAPS - 1));
      h[i] = sinc * window;
      sum += h[i];
    }
    double[] out = new double[in.length];
    for (int n = 0; n < in.length; n++) {
      double acc = 0;
      for (int i = 0; i < TAPS; i++) {
        int idx = n + mid - i;
        if (idx >= 0 && idx < in.length) {
          acc += h[i] * in[idx];
        }
      }
      out[n] = acc / sum;
    }
    return out;
  }
}
