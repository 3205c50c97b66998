package dev.vorzimmer.sip.sdp;

import java.util.Optional;

/** The SDES crypto suites we support (RFC 4568 §6.2), strongest first. */
public enum CryptoSuite {
  AES_CM_128_HMAC_SHA1_80,
  AES_CM_128_HMAC_SHA1_32;

  /**
   * Master key (16 bytes) plus master salt (14 bytes): the decoded length of the {@code inline:}
   * key.
   */
  public static final int KEY_SALT_BYTES = 30;

  /** The suite of an {@code a=crypto} name, or empty when we do not support it. */
  public static Optional<CryptoSuite> named(String name) {
    for (CryptoSuite s : values()) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
