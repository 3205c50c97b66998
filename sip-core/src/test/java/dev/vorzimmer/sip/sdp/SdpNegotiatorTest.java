package dev.vorzimmer.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SdpNegotiatorTest {
  private static final String SIPP_OFFER =
      """
      v=0\r
      o=user1 53655765 2353687637 IN IP4 127.0.0.1\r
      s=-\r
      c=IN IP4 127.0.0.1\r
      t=0 0\r
      m=audio 6000 RTP/AVP 8 101\r
      a=rtpmap:8 PCMA/8000\r
      a=rtpmap:101 telephone-event/8000\r
      a=fmtp:101 0-11,16\r
      """;

  private static SessionDescription parse(String s) throws SdpException {
    return SdpParser.parse(s);
  }

  @Test
  void answersSippsPcmaOfferWithPcmaAndDtmfToTheOfferedAddress() throws Exception {
    SdpNegotiator.Answer a =
        SdpNegotiator.answer(parse(SIPP_OFFER), "127.0.0.1", 40000, 1, 1).orElseThrow();
    assertThat(a.codec()).isEqualTo(PayloadFormat.PCMA);
    assertThat(a.telephoneEvent()).map(PayloadFormat::payloadType).contains(101);
    assertThat(a.remote().address()).isEqualTo("127.0.0.1");
    assertThat(a.remote().port()).isEqualTo(6000);
    assertThat(a.ptimeMillis()).isEqualTo(20);
    assertThat(a.sdp())
        .contains(
            "m=audio 40000 RTP/AVP 8 101\r\n",
            "a=rtpmap:101 telephone-event/8000",
            "a=sendrecv",
            "c=IN IP4 127.0.0.1");
    // the answer itself parses
    assertThat(parse(a.sdp()).audio().port()).isEqualTo(40000);
  }

  @Test
  void aDynamicPayloadTypeMappedToPcmuIsAnsweredWithThatMapping() throws Exception {
    String dynamic =
        SIPP_OFFER
            .replace("m=audio 6000 RTP/AVP 8 101", "m=audio 6000 RTP/AVP 96 101")
            .replace("a=rtpmap:8 PCMA/8000", "a=rtpmap:96 PCMU/8000");
    SdpNegotiator.Answer a =
        SdpNegotiator.answer(parse(dynamic), "127.0.0.1", 40000, 1, 1).orElseThrow();
    assertThat(a.codec()).isEqualTo(new PayloadFormat(96, "PCMU", 8000));
    assertThat(a.sdp()).contains("m=audio 40000 RTP/AVP 96 101\r\n", "a=rtpmap:96 PCMU/8000\r\n");
  }

  @Test
  void noCommonCodecGivesNoAnswer() throws Exception {
    String g729only =
        SIPP_OFFER
            .replace("m=audio 6000 RTP/AVP 8 101", "m=audio 6000 RTP/AVP 18 101")
            .replace("a=rtpmap:8 PCMA/8000", "a=rtpmap:18 G729/8000");
    assertThat(SdpNegotiator.answer(parse(g729only), "127.0.0.1", 40000, 1, 1)).isEmpty();
  }

  @Test
  void staticPayloadTypesWithoutRtpmapAreUnderstood() throws Exception {
    String offer =
        "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 7000 RTP/AVP 0\r\n";
    assertThat(SdpNegotiator.answer(parse(offer), "10.0.0.2", 4000, 1, 1))
        .map(SdpNegotiator.Answer::codec)
        .contains(PayloadFormat.PCMU);
  }

  @Test
  void peersPreferenceOrderWins() throws Exception {
    String offer = SIPP_OFFER.replace("RTP/AVP 8 101", "RTP/AVP 8 0 101");
    assertThat(
            SdpNegotiator.answer(parse(offer), "127.0.0.1", 4000, 1, 1)
                .orElseThrow()
                .codec()
                .encoding())
        .isEqualTo("PCMA");
  }

  static Stream<Arguments> directions() {
    return Stream.of(
        Arguments.of("a=sendonly", MediaDirection.RECVONLY, true),
        Arguments.of("a=recvonly", MediaDirection.SENDONLY, false),
        Arguments.of("a=inactive", MediaDirection.INACTIVE, true),
        Arguments.of("a=sendrecv", MediaDirection.SENDRECV, false));
  }

  @ParameterizedTest
  @MethodSource("directions")
  void directionIsMirrored(String attribute, MediaDirection expected, boolean hold)
      throws Exception {
    SessionDescription offer = parse(SIPP_OFFER + attribute + "\r\n");
    assertThat(offer.audio().isHold()).isEqualTo(hold);
    SdpNegotiator.Answer a = SdpNegotiator.answer(offer, "127.0.0.1", 4000, 1, 2).orElseThrow();
    assertThat(a.direction()).isEqualTo(expected);
    assertThat(a.sdp()).contains("a=" + expected.name().toLowerCase() + "\r\n");
  }

  @Test
  void ptime30IsHonouredAndOddPtimeFallsBackTo20() throws Exception {
    assertThat(
            SdpNegotiator.answer(parse(SIPP_OFFER + "a=ptime:30\r\n"), "h", 1, 1, 1)
                .orElseThrow()
                .ptimeMillis())
        .isEqualTo(30);
    assertThat(
            SdpNegotiator.answer(parse(SIPP_OFFER + "a=ptime:40\r\n"), "h", 1, 1, 1)
                .orElseThrow()
                .ptimeMillis())
        .isEqualTo(20);
  }

  @Test
  void mediaLevelConnectionOverridesSessionLevelAndOldHoldAddressIsHold() throws Exception {
    String offer =
        SIPP_OFFER.replace("a=rtpmap:8 PCMA/8000", "c=IN IP4 0.0.0.0\r\na=rtpmap:8 PCMA/8000");
    AudioDescription audio = parse(offer).audio();
    assertThat(audio.address()).isEqualTo("0.0.0.0");
    assertThat(audio.isHold()).isTrue();
  }

  @Test
  void otherMediaLinesAreRejectedWithPortZeroInOrder() throws Exception {
    String offer = SIPP_OFFER.replace("m=audio", "m=video 5002 RTP/AVP 31\r\nm=audio");
    SdpNegotiator.Answer a =
        SdpNegotiator.answer(parse(offer), "127.0.0.1", 4000, 1, 1).orElseThrow();
    assertThat(a.sdp().indexOf("m=video 0 RTP/AVP 31"))
        .isPositive()
        .isLessThan(a.sdp().indexOf("m=audio 4000"));
  }

  @Test
  void offerListsG711AndTelephoneEvent() throws Exception {
    String offer = SdpNegotiator.offer("127.0.0.1", 4002, 7, 7);
    AudioDescription audio = parse(offer).audio();
    assertThat(audio.formats())
        .extracting(PayloadFormat::encoding)
        .containsExactly("PCMU", "PCMA", "telephone-event");
    assertThat(audio.ptimeMillis()).hasValue(20);
    assertThat(audio.direction()).isEqualTo(MediaDirection.SENDRECV);
  }

  @Test
  void garbageIsAnErrorNotACrash() {
    assertThatThrownBy(() -> parse("")).isInstanceOf(SdpException.class);
    assertThatThrownBy(() -> parse("v=0\r\nm=video 1 RTP/AVP 31\r\n"))
        .hasMessageContaining("no m=audio");
    assertThatThrownBy(() -> parse("v=0\r\nm=audio x RTP/AVP 0\r\nc=IN IP4 1.2.3.4\r\n"))
        .hasMessageContaining("bad m= port");
    assertThatThrownBy(() -> parse("v=0\r\nm=audio 4 RTP/AVP 0\r\n")).hasMessageContaining("no c=");
  }
}
