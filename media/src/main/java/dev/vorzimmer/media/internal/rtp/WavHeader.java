package dev.vorzimmer.media.internal.rtp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The canonical 44-byte RIFF/WAVE header for 16-bit mono PCM. */
public final class WavHeader {

  /** Header length; audio data starts here. */
  public static final int LENGTH = 44;

  /** Offset of the RIFF chunk size field. */
  public static final int RIFF_SIZE_OFFSET = 4;

  /** Offset of the data chunk size field. */
  public static final int DATA_SIZE_OFFSET = 40;

  private WavHeader() {}

  /**
   * A header for {@code dataBytes} bytes of 16-bit mono PCM at {@code sampleRate}, ready to write.
   */
  public static ByteBuffer of(int sampleRate, long dataBytes) {
    ByteBuffer b = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt(riffSize(dataBytes)).put(ascii("WAVE"));
    b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1);
    b.putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
    b.put(ascii("data")).putInt(clamp(dataBytes));
    return b.flip();
  }

  /** The 4-byte little-endian value of a size field. */
  public static ByteBuffer sizeField(long value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(clamp(value)).flip();
  }

  /** The RIFF chunk size for a data chunk of {@code dataBytes}. */
  public static int riffSize(long dataBytes) {
    return clamp(dataBytes + LENGTH - 8);
  }

  /** Whether {@code header} (at least 12 bytes from its position) starts a RIFF/WAVE file. */
  public static boolean isRiffWave(ByteBuffer header) {
    if (header.remaining() < 12) {
      return false;
    }
    byte[] start = new byte[12];
    header.get(header.position(), start);
    String text = new String(start, java.nio.charset.StandardCharsets.US_ASCII);
    return text.startsWith("RIFF") && text.endsWith("WAVE");
  }

  private static int clamp(long value) {
    return (int) Math.min(value, 0xFFFF_FFFFL);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
