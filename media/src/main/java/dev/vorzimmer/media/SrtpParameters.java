package dev.vorzimmer.media;

import java.util.Arrays;
import java.util.Objects;

/**
 * SRTP for one RTP session (RFC 3711, keys from SDES): the crypto suite and a master key plus salt
 * for each direction. {@link #toString()} never shows the keys.
 *
 * @param suite the crypto suite
 * @param sendKeySalt our master key (16 bytes) and salt (14 bytes): we encrypt with it
 * @param receiveKeySalt the peer's master key and salt: we decrypt and authenticate with it
 */
public record SrtpParameters(Suite suite, byte[] sendKeySalt, byte[] receiveKeySalt) {

  /** Master key plus master salt of the AES_CM_128 suites. */
  public static final int KEY_SALT_BYTES = 30;

  /** The suites we support; they differ only in the length of the authentication tag. */
  public enum Suite {
    /** 80-bit authentication tag. */
    AES_CM_128_HMAC_SHA1_80(10),
    /** 32-bit authentication tag. */
    AES_CM_128_HMAC_SHA1_32(4);

    private final int tagBytes;

    Suite(int tagBytes) {
      this.tagBytes = tagBytes;
    }

    /** Bytes of authentication tag each SRTP packet carries. */
    public int tagBytes() {
      return tagBytes;
    }
  }

  /**
   * Loads the SRTP crypto once (about a second the first time) and checks it round-trips a packet;
   * call it off the media thread at start when calls may be encrypted, so the first SRTP call does
   * not stall audio.
   *
   * @throws IllegalStateException if the self-test fails
   */
  public static void warmUp() {
    dev.vorzimmer.media.internal.srtp.SrtpProtection.warmUp();
  }

  /** Validates the key lengths and copies the keys. */
  public SrtpParameters {
    Objects.requireNonNull(suite, "suite");
    if (sendKeySalt.length != KEY_SALT_BYTES || receiveKeySalt.length != KEY_SALT_BYTES) {
      throw new IllegalArgumentException(
          "SRTP master key and salt must be " + KEY_SALT_BYTES + " bytes");
    }
    sendKeySalt = sendKeySalt.clone();
    receiveKeySalt = receiveKeySalt.clone();
  }

  @Override
  public byte[] sendKeySalt() {
    return sendKeySalt.clone();
  }

  @Override
  public byte[] receiveKeySalt() {
    return receiveKeySalt.clone();
  }

  /**
   * The same keys seen from the peer (its send key is our receive key): for tests and loopback
   * peers.
   */
  public SrtpParameters reversed() {
    return new SrtpParameters(suite, receiveKeySalt, sendKeySalt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SrtpParameters p
        && suite == p.suite
        && Arrays.equals(sendKeySalt, p.sendKeySalt)
        && Arrays.equals(receiveKeySalt, p.receiveKeySalt);
  }

  @Override
  public int hashCode() {
    return suite.hashCode();
  }

  /** The suite only; keys are masked. */
  @Override
  public String toString() {
    return "SrtpParameters[suite=" + suite + ", keys=***]";
  }
}
