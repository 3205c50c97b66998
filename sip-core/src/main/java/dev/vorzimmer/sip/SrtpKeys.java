package dev.vorzimmer.sip;

import java.util.Arrays;
import java.util.Objects;

/**
 * The SRTP keys of a call, as negotiated with SDES: one crypto suite, and a master key plus salt
 * (concatenated, 30 bytes for the AES_CM_128 suites) for each direction. Never printed: {@link
 * #toString()} masks the keys.
 *
 * @param suite the RFC 4568 suite name, e.g. {@code AES_CM_128_HMAC_SHA1_80}
 * @param sendKeySalt our master key and salt (we encrypt with it)
 * @param receiveKeySalt the peer's master key and salt (we decrypt with it)
 */
public record SrtpKeys(String suite, byte[] sendKeySalt, byte[] receiveKeySalt) {
  public SrtpKeys {
    Objects.requireNonNull(suite, "suite");
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

  @Override
  public boolean equals(Object o) {
    return o instanceof SrtpKeys k
        && suite.equals(k.suite)
        && Arrays.equals(sendKeySalt, k.sendKeySalt)
        && Arrays.equals(receiveKeySalt, k.receiveKeySalt);
  }

  @Override
  public int hashCode() {
    return suite.hashCode();
  }

  /** The suite only; the keys are masked. */
  @Override
  public String toString() {
    return "SrtpKeys[suite=" + suite + ", keys=***]";
  }
}
