package dev.vorzimmer.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.MediaEncryption;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** SRTP in offer/answer: what each media_encryption mode offers, answers and refuses. */
class SdpSrtpNegotiationTest {

  private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[30]);
  private static final String KEY_B = Base64.getEncoder().encodeToString(filled(30, 7));

  private static byte[] filled(int n, int v) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) v);
    return b;
  }

  private static SessionDescription offer(String profile, String... crypto) throws SdpException {
    StringBuilder s =
        new StringBuilder(
                "v=0\r\no=x 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n")
            .append("m=audio 4000 ")
            .append(profile)
            .append(" 0 101\r\na=rtpmap:101 telephone-event/8000\r\n");
    for (String c : crypto) {
      s.append("a=crypto:").append(c).append("\r\n");
    }
    return SdpParser.parse(s.toString());
  }

  private static SdesKeys keys(MediaEncryption mode) {
    return new SdesKeys(mode, new SecureRandom());
  }

  @Test
  void answersTheStrongestUsableLineWithOurKeyUnderItsTagInTheOffersProfile() throws SdpException {
    SessionDescription offer =
        offer(
            "RTP/SAVP",
            "1 AES_CM_128_HMAC_SHA1_32 inline:" + KEY_A,
            "2 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_B,
            "3 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_A);
    SdpNegotiator.Answer answer =
        SdpNegotiator.answer(offer, "192.0.2.9", 5000, 1, 1, keys(MediaEncryption.OPTIONAL))
            .orElseThrow();
    assertThat(answer.srtp()).isPresent();
    assertThat(answer.srtp().get().theirs().tag()).isEqualTo(2);
    assertThat(answer.srtp().get().theirs().keySalt()).isEqualTo(filled(30, 7));
    SdesCrypto ours = answer.srtp().get().ours();
    assertThat(ours.suite()).isEqualTo(CryptoSuite.AES_CM_128_HMAC_SHA1_80);
    assertThat(answer.sdp())
        .contains("m=audio 5000 RTP/SAVP 0 101\r\n")
        .contains("a=" + ours.attribute() + "\r\n")
        .containsOnlyOnce("a=crypto:")
        .contains("a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:");
    assertThat(ours.keySalt()).isNotEqualTo(filled(30, 7)).isNotEqualTo(new byte[30]);
  }

  @Test
  void anAvpOfferWithCryptoIsAnsweredWithSrtpInRtpAvp() throws SdpException {
    SdpNegotiator.Answer answer =
        SdpNegotiator.answer(
                offer("RTP/AVP", "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_A),
                "192.0.2.9",
                5000,
                1,
                1,
                keys(MediaEncryption.REQUIRED))
            .orElseThrow();
    assertThat(answer.srtp()).isPresent();
    assertThat(answer.sdp())
        .contains("m=audio 5000 RTP/AVP 0 101")
        .contains("a=crypto:1 AES_CM_128_HMAC_SHA1_80");
  }

  @Test
  void requiredRefusesAPlainOfferAndOneWhoseCryptoLinesAreAllUnusable() throws SdpException {
    SessionDescription plain = offer("RTP/AVP");
    assertThat(MediaCapability.check(plain.audio(), "192.0.2.9", MediaEncryption.REQUIRED))
        .hasValueSatisfying(
            r -> {
              assertThat(r.warnCode()).isEqualTo(MediaCapability.INCOMPATIBLE_FORMAT);
              assertThat(r.text()).contains("a=crypto");
            });
    assertThat(SdpNegotiator.answer(plain, "192.0.2.9", 5000, 1, 1, keys(MediaEncryption.REQUIRED)))
        .isEmpty();
    SessionDescription junk =
        offer(
            "RTP/SAVP",
            "1 AES_256_CM_HMAC_SHA1_80 inline:" + KEY_A,
            "2 AES_CM_128_HMAC_SHA1_80 inline:not-base64",
            "3 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_A + " FEC_ORDER=FEC_SRTP");
    assertThat(MediaCapability.check(junk.audio(), "192.0.2.9", MediaEncryption.REQUIRED))
        .isPresent();
    assertThat(MediaCapability.check(junk.audio(), "192.0.2.9", MediaEncryption.OPTIONAL))
        .as("RTP/SAVP without a usable line cannot fall back to plain")
        .isPresent();
  }

  @Test
  void optionalAnswersAPlainOfferWithPlainRtpAndNoneIgnoresCrypto() throws SdpException {
    SdpNegotiator.Answer plain =
        SdpNegotiator.answer(
                offer("RTP/AVP"), "192.0.2.9", 5000, 1, 1, keys(MediaEncryption.OPTIONAL))
            .orElseThrow();
    assertThat(plain.srtp()).isEmpty();
    assertThat(plain.sdp()).contains("RTP/AVP").doesNotContain("crypto");
    SdpNegotiator.Answer none =
        SdpNegotiator.answer(
                offer("RTP/AVP", "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_A),
                "192.0.2.9",
                5000,
                1,
                1,
                keys(MediaEncryption.NONE))
            .orElseThrow();
    assertThat(none.srtp()).isEmpty();
    assertThat(none.sdp()).doesNotContain("crypto");
  }

  @Test
  void noneRefusesAnSavpOffer() throws SdpException {
    SessionDescription savp = offer("RTP/SAVP", "1 AES_CM_128_HMAC_SHA1_80 inline:" + KEY_A);
    assertThat(MediaCapability.check(savp.audio(), "192.0.2.9", MediaEncryption.NONE))
        .hasValueSatisfying(
            r -> assertThat(r.warnCode()).isEqualTo(MediaCapability.INCOMPATIBLE_PROTOCOL));
    assertThat(SdpNegotiator.answer(savp, "192.0.2.9", 5000, 1, 1, keys(MediaEncryption.NONE)))
        .isEmpty();
  }

  @Test
  void offersCarryBothSuitesInAvpWhenOptionalAndSavpWhenRequiredWithStableKeys()
      throws SdpException {
    SdesKeys keys = keys(MediaEncryption.OPTIONAL);
    String optional = SdpNegotiator.offer("192.0.2.9", 5000, 1, 1, MediaDirection.SENDRECV, keys);
    AudioDescription o = SdpParser.parse(optional).audio();
    assertThat(o.protocol()).isEqualTo("RTP/AVP");
    assertThat(o.crypto())
        .extracting(SdesCrypto::suite)
        .containsExactly(CryptoSuite.AES_CM_128_HMAC_SHA1_80, CryptoSuite.AES_CM_128_HMAC_SHA1_32);
    String again =
        SdpNegotiator.offer("192.0.2.9", 5000, 1, 2, MediaDirection.SENDONLY, keys.pinned(true));
    AudioDescription hold = SdpParser.parse(again).audio();
    assertThat(hold.crypto()).as("a re-INVITE keeps the call's keys").isEqualTo(o.crypto());
    assertThat(hold.protocol()).isEqualTo("RTP/SAVP");
    String plain =
        SdpNegotiator.offer(
            "192.0.2.9", 5000, 1, 1, MediaDirection.SENDRECV, keys(MediaEncryption.NONE));
    assertThat(plain).doesNotContain("crypto").contains("RTP/AVP");
  }
}
