package dev.vorzimmer.sip.sdp;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One usable SDES {@code a=crypto} line (RFC 4568): tag, suite and one inline master key + salt.
 * Lines we cannot use (an unknown suite, a key that is not valid base64 or not 30 bytes, an MKI,
 * several keys, session parameters such as {@code UNENCRYPTED_SRTP}) do not parse: {@link #parse}
 * returns empty and the line is ignored. {@link #toString()} never shows the key.
 *
 * @param tag the line's tag (1–999999999), echoed in the answer
 * @param suite the crypto suite
 * @param keySalt master key and salt, {@link CryptoSuite#KEY_SALT_BYTES} bytes
 */
public record SdesCrypto(int tag, CryptoSuite suite, byte[] keySalt) {
  private static final Pattern TAG = Pattern.compile("[0-9]{1,9}");
  private static final Pattern LIFETIME = Pattern.compile("(2\\^)?[0-9]{1,19}");

  public SdesCrypto {
    Objects.requireNonNull(suite, "suite");
    if (tag < 0) {
      throw new IllegalArgumentException("negative crypto tag " + tag);
    }
    if (keySalt.length != CryptoSuite.KEY_SALT_BYTES) {
      throw new IllegalArgumentException(
          "key and salt must be " + CryptoSuite.KEY_SALT_BYTES + " bytes");
    }
    keySalt = keySalt.clone();
  }

  /** A fresh random key for {@code suite}. */
  public static SdesCrypto generate(int tag, CryptoSuite suite, SecureRandom random) {
    byte[] key = new byte[CryptoSuite.KEY_SALT_BYTES];
    random.nextBytes(key);
    return new SdesCrypto(tag, suite, key);
  }

  /**
   * Parses the value of an {@code a=crypto} attribute (without {@code "crypto:"}).
   *
   * @return the line, or empty when we cannot use it
   */
  public static Optional<SdesCrypto> parse(String value) {
    String[] f = value.strip().split("[ \t]+");
    if (f.length != 3 || !TAG.matcher(f[0]).matches()) {
      return Optional.empty();
    }
    Optional<CryptoSuite> suite = CryptoSuite.named(f[1]);
    if (suite.isEmpty() || !f[2].startsWith("inline:") || f[2].indexOf(';') >= 0) {
      return Optional.empty();
    }
    String[] parts = f[2].substring("inline:".length()).split("\\|", -1);
    if (parts.length > 2 || (parts.length == 2 && !LIFETIME.matcher(parts[1]).matches())) {
      return Optional.empty();
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(parts[0]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (key.length != CryptoSuite.KEY_SALT_BYTES) {
      return Optional.empty();
    }
    return Optional.of(new SdesCrypto(Integer.parseInt(f[0]), suite.get(), key));
  }

  /** The attribute value, {@code crypto:TAG SUITE inline:KEY}, for our SDP. */
  public String attribute() {
    return "crypto:"
        + tag
        + " "
        + suite.name()
        + " inline:"
        + Base64.getEncoder().encodeToString(keySalt);
  }

  /** The same key under another tag (an answer echoes the offer's tag). */
  public SdesCrypto withTag(int newTag) {
    return new SdesCrypto(newTag, suite, keySalt);
  }

  @Override
  public byte[] keySalt() {
    return keySalt.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SdesCrypto c
        && tag == c.tag
        && suite == c.suite
        && Arrays.equals(keySalt, c.keySalt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tag, suite);
  }

  /** Tag and suite; the key is masked. */
  @Override
  public String toString() {
    return "SdesCrypto[tag=" + tag + ", suite=" + suite + ", key=***]";
  }
}
