package dev.vorzimmer.media.internal.rtp;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An RFC 3550 RTP packet (version 2). CSRC lists and header extensions are skipped on parsing and
 * never written; padding is removed on parsing.
 *
 * @param payloadType 0..127
 * @param marker the marker bit
 * @param sequence 16-bit sequence number (0..65535)
 * @param timestamp 32-bit RTP timestamp, kept as unsigned in a long (0..2^32-1)
 * @param ssrc synchronisation source, 32 bits
 * @param payload the payload bytes (not copied; treat as read-only)
 */
public record RtpPacket(
    int payloadType, boolean marker, int sequence, long timestamp, int ssrc, byte[] payload) {

  /** Length of the fixed header. */
  public static final int HEADER_LENGTH = 12;

  /** Validates ranges. */
  public RtpPacket {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payload type out of range: " + payloadType);
    }
    sequence &= 0xFFFF;
    timestamp &= 0xFFFF_FFFFL;
  }

  /**
   * Parses a datagram (from its position to its limit).
   *
   * @throws IllegalArgumentException if it is not a well-formed RTP version 2 packet
   */
  public static RtpPacket parse(ByteBuffer datagram) {
    ByteBuffer buf = datagram.slice();
    int length = buf.remaining();
    if (length < HEADER_LENGTH) {
      throw new IllegalArgumentException("RTP packet too short: " + length + " bytes");
    }
    int b0 = buf.get(0) & 0xFF;
    if ((b0 >> 6) != 2) {
      throw new IllegalArgumentException(
          "not RTP version 2: first byte 0x" + Integer.toHexString(b0));
    }
    int b1 = buf.get(1) & 0xFF;
    int offset = HEADER_LENGTH + 4 * (b0 & 0x0F);
    if ((b0 & 0x10) != 0) {
      requireLength(length, offset + 4);
      offset += 4 + 4 * (buf.getShort(offset + 2) & 0xFFFF);
    }
    int end = length;
    if ((b0 & 0x20) != 0) {
      requireLength(length, offset + 1);
      end -= buf.get(length - 1) & 0xFF;
    }
    requireLength(end, offset);
    byte[] payload = new byte[end - offset];
    buf.get(offset, payload);
    return new RtpPacket(
        b1 & 0x7F,
        (b1 & 0x80) != 0,
        buf.getShort(2) & 0xFFFF,
        buf.getInt(4) & 0xFFFF_FFFFL,
        buf.getInt(8),
        payload);
  }

  private static void requireLength(int length, int needed) {
    if (length < needed) {
      throw new IllegalArgumentException(
          "truncated RTP packet: " + length + " bytes, need " + needed);
    }
  }

  /** Writes the packet into {@code out} (from its position) and flips it for sending. */
  public ByteBuffer writeTo(ByteBuffer out) {
    out.clear();
    out.put((byte) 0x80);
    out.put((byte) ((marker ? 0x80 : 0) | payloadType));
    out.putShort((short) sequence);
    out.putInt((int) timestamp);
    out.putInt(ssrc);
    out.put(payload);
    out.flip();
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RtpPacket p
        && p.payloadType == payloadType
        && p.marker == marker
        && p.sequence == sequence
        && p.timestamp == timestamp
        && p.ssrc == ssrc
        && Arrays.equals(p.payload, payload);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(timestamp) + 17 * sequence + ssrc + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "RtpPacket[pt="
        + payloadType
        + ", m="
        + marker
        + ", seq="
        + sequence
        + ", ts="
        + timestamp
        + ", ssrc="
        + Integer.toHexString(ssrc)
        + ", "
        + payload.length
        + " bytes]";
  }
}
