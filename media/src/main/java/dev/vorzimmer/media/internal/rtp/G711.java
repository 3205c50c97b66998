package dev.vorzimmer.media.internal.rtp;

/**
 * ITU-T G.711 companding: µ-law (PCMU, payload type 0) and A-law (PCMA, payload type 8).
 *
 * <p>Inputs are 16-bit signed linear samples. Unlike the JDK's µ-law encoder, the µ-law encoder
 * clips magnitudes above 32635 instead of letting the biased value overflow, so full-scale input
 * maps to the loudest code rather than wrapping to a quiet one. Decoding uses lookup tables.
 */
public final class G711 {

  /** RTP static payload type of G.711 µ-law. */
  public static final int PCMU = 0;

  /** RTP static payload type of G.711 A-law. */
  public static final int PCMA = 8;

  private static final int ULAW_BIAS = 0x84;
  private static final int ULAW_CLIP = 32635;
  private static final short[] ULAW_DECODE = new short[256];
  private static final short[] ALAW_DECODE = new short[256];

  static {
    for (int code = 0; code < 256; code++) {
      ULAW_DECODE[code] = computeUlawDecode(code);
      ALAW_DECODE[code] = computeAlawDecode(code);
    }
  }

  private G711() {}

  /** Encodes one 16-bit linear sample to a µ-law byte (0..255). */
  public static int linearToUlaw(int sample) {
    int mask;
    int magnitude;
    if (sample < 0) {
      magnitude = -sample;
      mask = 0x7F;
    } else {
      magnitude = sample;
      mask = 0xFF;
    }
    magnitude = Math.min(magnitude, ULAW_CLIP) + ULAW_BIAS;
    int segment = bitLength(magnitude >> 7) - 1;
    int mantissa = (magnitude >> (segment + 3)) & 0x0F;
    return ((segment << 4) | mantissa) ^ mask;
  }

  /** Decodes a µ-law byte (only the low 8 bits are used) to a 16-bit linear sample. */
  public static short ulawToLinear(int code) {
    return ULAW_DECODE[code & 0xFF];
  }

  /**
   * Encodes one 16-bit linear sample to an A-law byte (0..255, even bits inverted). Negative
   * samples are quantised like the JDK's A-law codec ({@code (-x - 8) >> 3}), except that -1..-7
   * map to the smallest negative code, where the JDK's yields a much louder one.
   */
  public static int linearToAlaw(int sample) {
    int mask;
    int magnitude;
    if (sample >= 0) {
      mask = 0xD5;
      magnitude = sample >> 3;
    } else {
      mask = 0x55;
      magnitude = Math.max(0, (-sample - 8) >> 3);
    }
    int code;
    if (magnitude < 32) {
      code = magnitude >> 1;
    } else {
      int segment = Math.min(bitLength(magnitude >> 5), 7);
      code = (segment << 4) | ((magnitude >> segment) & 0x0F);
    }
    return code ^ mask;
  }

  /** Decodes an A-law byte (only the low 8 bits are used) to a 16-bit linear sample. */
  public static short alawToLinear(int code) {
    return ALAW_DECODE[code & 0xFF];
  }

  /** Encodes {@code count} samples with the given payload type ({@link #PCMU} or {@link #PCMA}). */
  public static void encode(
      int payloadType, short[] pcm, int offset, int count, byte[] out, int outOffset) {
    boolean ulaw = isUlaw(payloadType);
    for (int i = 0; i < count; i++) {
      int s = pcm[offset + i];
      out[outOffset + i] = (byte) (ulaw ? linearToUlaw(s) : linearToAlaw(s));
    }
  }

  /** Decodes {@code count} G.711 bytes with the given payload type into linear samples. */
  public static void decode(
      int payloadType, byte[] in, int offset, int count, short[] out, int outOffset) {
    short[] table = isUlaw(payloadType) ? ULAW_DECODE : ALAW_DECODE;
    for (int i = 0; i < count; i++) {
      out[outOffset + i] = table[in[offset + i] & 0xFF];
    }
  }

  /** Whether the payload type is one this class can code. */
  public static boolean supports(int payloadType) {
    return payloadType == PCMU || payloadType == PCMA;
  }

  private static boolean isUlaw(int payloadType) {
    if (!supports(payloadType)) {
      throw new IllegalArgumentException("not a G.711 payload type: " + payloadType);
    }
    return payloadType == PCMU;
  }

  private static int bitLength(int value) {
    return 32 - Integer.numberOfLeadingZeros(value);
  }

  private static short computeUlawDecode(int code) {
    int inverted = ~code & 0xFF;
    int segment = (inverted >> 4) & 0x07;
    int mantissa = inverted & 0x0F;
    int magnitude = (((mantissa << 3) + ULAW_BIAS) << segment) - ULAW_BIAS;
    return (short) ((inverted & 0x80) != 0 ? -magnitude : magnitude);
  }

  private static short computeAlawDecode(int code) {
    int value = (code ^ 0x55) & 0xFF;
    int segment = (value >> 4) & 0x07;
    int mantissa = value & 0x0F;
    int magnitude = (mantissa << 4) + 8;
    if (segment > 0) {
      magnitude = (magnitude + 0x100) << (segment - 1);
    }
    return (short) ((value & 0x80) != 0 ? magnitude : -magnitude);
  }
}
