package dev.vorzimmer.media.internal.rtp;

import java.nio.ByteBuffer;

/**
 * What happens to RTP datagrams at the socket edge: nothing (plain RTP) or SRTP. Used from the
 * pacer thread only.
 */
public interface PacketProtection {

  /** Plain RTP: packets pass unchanged. */
  PacketProtection NONE =
      new PacketProtection() {
        @Override
        public ByteBuffer protect(ByteBuffer packet) {
          return packet;
        }

        @Override
        public boolean unprotect(ByteBuffer datagram) {
          return true;
        }
      };

  /**
   * Turns an outgoing RTP packet (position 0 to limit) into what goes on the wire; may grow it in
   * place (the buffer has room) and returns the buffer to send.
   */
  ByteBuffer protect(ByteBuffer packet);

  /**
   * Turns a received datagram (position to limit) back into an RTP packet in place.
   *
   * @return false if it must be dropped (failed authentication, replayed, not SRTP); it is counted
   */
  boolean unprotect(ByteBuffer datagram);

  /** Datagrams dropped because they failed authentication (or were not valid SRTP). */
  default long authenticationFailures() {
    return 0;
  }

  /** Datagrams dropped because they were replayed (or too old for the replay window). */
  default long replays() {
    return 0;
  }

  /** Releases key material; idempotent. */
  default void close() {}
}
