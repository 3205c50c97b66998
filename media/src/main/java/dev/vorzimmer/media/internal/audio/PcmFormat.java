package dev.vorzimmer.media.internal.audio;

/**
 * Layout of linear PCM bytes as a device delivers them, and its decoding to mono 16-bit samples
 * (channels are averaged).
 *
 * @param sampleRate frames per second
 * @param bits 8 or 16
 * @param channels 1 or more
 * @param bigEndian byte order of 16-bit samples
 * @param signed whether samples are signed (8-bit PCM is often unsigned)
 */
public record PcmFormat(
    double sampleRate, int bits, int channels, boolean bigEndian, boolean signed) {

  /** 8 kHz, 16-bit, mono, little-endian, signed: what calls use. */
  public static final PcmFormat CALL = new PcmFormat(StreamResampler.RATE, 16, 1, false, true);

  /** Validates the values. */
  public PcmFormat {
    if (bits != 8 && bits != 16) {
      throw new IllegalArgumentException("only 8- and 16-bit PCM is supported, not " + bits);
    }
    if (channels < 1) {
      throw new IllegalArgumentException("channels must be positive: " + channels);
    }
  }

  /** Bytes per frame (one sample of every channel). */
  public int frameBytes() {
    return bits / 8 * channels;
  }

  /** Decodes whole frames of {@code bytes[offset, offset+length)} into mono samples. */
  public short[] toMono(byte[] bytes, int offset, int length) {
    int frames = length / frameBytes();
    short[] out = new short[frames];
    for (int f = 0; f < frames; f++) {
      int sum = 0;
      int base = offset + f * frameBytes();
      for (int c = 0; c < channels; c++) {
        sum += sample(bytes, base + c * bits / 8);
      }
      out[f] = (short) (sum / channels);
    }
    return out;
  }

  private int sample(byte[] b, int i) {
    if (bits == 8) {
      return signed ? b[i] << 8 : ((b[i] & 0xFF) - 128) << 8;
    }
    int hi = bigEndian ? b[i] : b[i + 1];
    int lo = bigEndian ? b[i + 1] : b[i];
    int v = (hi << 8) | (lo & 0xFF);
    return signed ? (short) v : (v & 0xFFFF) - 32768;
  }

  /** Encodes mono samples as 16-bit signed little-endian bytes ({@link #CALL}). */
  public static byte[] toLittleEndian(short[] samples, int offset, int count) {
    byte[] out = new byte[count * 2];
    for (int i = 0; i < count; i++) {
      out[2 * i] = (byte) samples[offset + i];
      out[2 * i + 1] = (byte) (samples[offset + i] >> 8);
    }
    return out;
  }
}
