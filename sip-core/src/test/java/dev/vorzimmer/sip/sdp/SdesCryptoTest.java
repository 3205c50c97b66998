package dev.vorzimmer.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing and writing SDES {@code a=crypto} lines (RFC 4568); lines we cannot use are left out,
 * never thrown.
 */
class SdesCryptoTest {

  /** 30 bytes 0..29: a valid AES_CM_128 key and salt. */
  private static final String KEY = Base64.getEncoder().encodeToString(bytes(30));

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  @Test
  void readsBothSuitesWithAnOptionalLifetime() {
    SdesCrypto eighty = SdesCrypto.parse("1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY).orElseThrow();
    assertThat(eighty.tag()).isEqualTo(1);
    assertThat(eighty.suite()).isEqualTo(CryptoSuite.AES_CM_128_HMAC_SHA1_80);
    assertThat(eighty.keySalt()).isEqualTo(bytes(30));
    SdesCrypto thirtyTwo =
        SdesCrypto.parse("7 AES_CM_128_HMAC_SHA1_32 inline:" + KEY + "|2^20").orElseThrow();
    assertThat(thirtyTwo.tag()).isEqualTo(7);
    assertThat(thirtyTwo.suite()).isEqualTo(CryptoSuite.AES_CM_128_HMAC_SHA1_32);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 AES_256_CM_HMAC_SHA1_80 inline:"
            + "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd", // unknown suite
        "1 F8_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd", // unsupported
        // suite
        "1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBka", // 27 bytes: bad
        // key length
        "1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g", // 33 bytes
        "1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGx*d", // bad base64
        "1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd UNENCRYPTED_SRTP", // session param
        "1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd KDR=1",
        "1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd|2^20|1:4", // MKI
        "1 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd;inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd",
        "1 AES_CM_128_HMAC_SHA1_80 key:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd",
        "x AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd",
        "1234567890 AES_CM_128_HMAC_SHA1_80 inline:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd",
        "1 AES_CM_128_HMAC_SHA1_80",
        ""
      })
  void ignoresLinesItCannotUse(String value) {
    assertThat(SdesCrypto.parse(value)).isEmpty();
  }

  @Test
  void writesWhatItReadsAndNeverPrintsTheKey() {
    SdesCrypto generated =
        SdesCrypto.generate(3, CryptoSuite.AES_CM_128_HMAC_SHA1_32, new SecureRandom());
    String attribute = generated.attribute();
    assertThat(attribute).startsWith("crypto:3 AES_CM_128_HMAC_SHA1_32 inline:");
    assertThat(SdesCrypto.parse(attribute.substring("crypto:".length()))).contains(generated);
    String key = attribute.substring(attribute.indexOf("inline:") + 7);
    assertThat(generated.toString()).doesNotContain(key).contains("***");
  }

  @Test
  void aParsedOfferKeepsOnlyTheUsableLines() throws SdpException {
    String sdp =
        "v=0\r\no=x 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/SAVP 0\r\n"
            + "a=crypto:1 AES_256_CM_HMAC_SHA1_80 inline:"
            + KEY
            + "\r\n"
            + "a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:!!!\r\n"
            + "a=crypto:3 AES_CM_128_HMAC_SHA1_32 inline:"
            + KEY
            + "\r\n";
    AudioDescription audio = SdpParser.parse(sdp).audio();
    assertThat(audio.srtpOnly()).isTrue();
    assertThat(audio.crypto()).extracting(SdesCrypto::tag).containsExactly(3);
  }

  @Property(tries = 1000)
  void anyTextIsEitherAUsableLineOrIgnored(@ForAll @StringLength(max = 200) String value) {
    SdesCrypto.parse(value)
        .ifPresent(c -> assertThat(c.keySalt()).hasSize(CryptoSuite.KEY_SALT_BYTES));
  }

  @Property(tries = 500)
  void mutatedLinesNeverThrow(@ForAll("mutatedLines") String value) {
    SdesCrypto.parse(value)
        .ifPresent(
            c -> {
              assertThat(c.keySalt()).hasSize(CryptoSuite.KEY_SALT_BYTES);
              assertThat(SdesCrypto.parse(c.attribute().substring(7))).contains(c);
            });
  }

  @Property(tries = 200)
  void everyGeneratedLineRoundTrips(@ForAll("suites") CryptoSuite suite, @ForAll("tags") int tag) {
    SdesCrypto c = SdesCrypto.generate(tag, suite, new SecureRandom());
    assertThat(SdesCrypto.parse(c.attribute().substring(7))).contains(c);
  }

  @Provide
  Arbitrary<CryptoSuite> suites() {
    return Arbitraries.of(CryptoSuite.class);
  }

  @Provide
  Arbitrary<Integer> tags() {
    return Arbitraries.integers().between(0, 999_999_999);
  }

  @Provide
  Arbitrary<String> mutatedLines() {
    String valid = "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY + "|2^20";
    Arbitrary<Integer> at = Arbitraries.integers().between(0, valid.length() - 1);
    Arbitrary<Character> c =
        Arbitraries.chars().with(' ', '|', ':', ';', '=', '^', '/', '+', 'A', '0', '\t');
    return Combinators.combine(at, c, Arbitraries.integers().between(0, 2))
        .as(
            (i, ch, op) ->
                switch (op) {
                  case 0 -> valid.substring(0, i) + ch + valid.substring(i + 1);
                  case 1 -> valid.substring(0, i) + valid.substring(i + 1);
                  default -> valid.substring(0, i) + ch + valid.substring(i);
                });
  }
}
