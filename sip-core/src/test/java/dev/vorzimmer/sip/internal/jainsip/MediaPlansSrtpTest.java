package dev.vorzimmer.sip.internal.jainsip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.MediaEncryption;
import dev.vorzimmer.sip.MediaPlan;
import dev.vorzimmer.sip.sdp.AudioDescription;
import dev.vorzimmer.sip.sdp.MediaDirection;
import dev.vorzimmer.sip.sdp.SdesKeys;
import dev.vorzimmer.sip.sdp.SdpException;
import dev.vorzimmer.sip.sdp.SdpNegotiator;
import dev.vorzimmer.sip.sdp.SdpParser;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The media plan of an outgoing call from the peer's answer to our SRTP offer. */
class MediaPlansSrtpTest {

  private static final String THEIR_KEY = Base64.getEncoder().encodeToString(new byte[30]);

  private static AudioDescription answer(String profile, String crypto) throws SdpException {
    return SdpParser.parse(
            "v=0\r\no=x 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
                + "m=audio 4000 "
                + profile
                + " 0\r\n"
                + (crypto.isEmpty() ? "" : "a=crypto:" + crypto + "\r\n"))
        .audio();
  }

  @Test
  void requiredNeverStartsPlainRtpOnAnAnswerWithoutCrypto() throws SdpException {
    SdesKeys keys = new SdesKeys(MediaEncryption.REQUIRED, new SecureRandom());
    SdpNegotiator.offer("192.0.2.9", 5000, 1, 1, MediaDirection.SENDRECV, keys);
    assertThat(MediaPlans.fromRemoteAnswer(answer("RTP/AVP", ""), "192.0.2.9", keys)).isEmpty();
  }

  @Test
  void theAnswersLineNamesOurKeyOfThatSuiteAndTheirs() throws SdpException {
    SdesKeys keys = new SdesKeys(MediaEncryption.OPTIONAL, new SecureRandom());
    String offer = SdpNegotiator.offer("192.0.2.9", 5000, 1, 1, MediaDirection.SENDRECV, keys);
    AudioDescription offered = SdpParser.parse(offer).audio();
    Optional<MediaPlan> plan =
        MediaPlans.fromRemoteAnswer(
            answer("RTP/AVP", "2 AES_CM_128_HMAC_SHA1_32 inline:" + THEIR_KEY), "192.0.2.9", keys);
    assertThat(plan)
        .hasValueSatisfying(
            p -> {
              assertThat(p.srtp()).isPresent();
              assertThat(p.srtp().get().suite()).isEqualTo("AES_CM_128_HMAC_SHA1_32");
              assertThat(p.srtp().get().receiveKeySalt()).isEqualTo(new byte[30]);
              assertThat(p.srtp().get().sendKeySalt()).isEqualTo(offered.crypto().get(1).keySalt());
              assertThat(p.toString()).doesNotContain(THEIR_KEY).contains("***");
            });
  }

  @Test
  void optionalFallsBackToPlainRtpWhenThePeerAnswersWithoutCrypto() throws SdpException {
    SdesKeys keys = new SdesKeys(MediaEncryption.OPTIONAL, new SecureRandom());
    assertThat(MediaPlans.fromRemoteAnswer(answer("RTP/AVP", ""), "192.0.2.9", keys))
        .hasValueSatisfying(p -> assertThat(p.encrypted()).isFalse());
  }
}
