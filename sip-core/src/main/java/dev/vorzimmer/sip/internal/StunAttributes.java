package dev.vorzimmer.sip.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Reads the (XOR-)MAPPED-ADDRESS attribute of a STUN binding success response (RFC 5389 sections
 * 15.1, 15.2).
 */
final class StunAttributes {

  private StunAttributes() {}

  /** XOR-MAPPED-ADDRESS if present, else MAPPED-ADDRESS; empty if neither is well-formed. */
  static Optional<InetSocketAddress> mappedAddress(ByteBuffer b, int end, byte[] transaction) {
    Optional<InetSocketAddress> plain = Optional.empty();
    while (b.position() + 4 <= end) {
      int type = b.getShort() & 0xffff;
      int length = b.getShort() & 0xffff;
      int start = b.position();
      if (start + length > end) {
        return Optional.empty();
      }
      if (type == StunClient.XOR_MAPPED_ADDRESS) {
        Optional<InetSocketAddress> xored = address(b, length, true, transaction);
        if (xored.isPresent()) {
          return xored;
        }
      } else if (type == StunClient.MAPPED_ADDRESS) {
        plain = address(b, length, false, transaction);
      }
      b.position(start + ((length + 3) & ~3));
    }
    return plain;
  }

  private static Optional<InetSocketAddress> address(
      ByteBuffer b, int length, boolean xor, byte[] transaction) {
    if (length < 8) {
      return Optional.empty();
    }
    b.get();
    int family = b.get();
    int port = b.getShort() & 0xffff;
    int size = family == 1 ? 4 : family == 2 ? 16 : -1;
    if (size < 0 || length < 4 + size) {
      return Optional.empty();
    }
    byte[] raw = new byte[size];
    b.get(raw);
    if (xor) {
      port ^= StunClient.MAGIC_COOKIE >>> 16;
      byte[] mask =
          ByteBuffer.allocate(16).putInt(StunClient.MAGIC_COOKIE).put(transaction).array();
      for (int i = 0; i < size; i++) {
        raw[i] ^= mask[i];
      }
    }
    try {
      return port == 0
          ? Optional.empty()
          : Optional.of(new InetSocketAddress(InetAddress.getByAddress(raw), port));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
