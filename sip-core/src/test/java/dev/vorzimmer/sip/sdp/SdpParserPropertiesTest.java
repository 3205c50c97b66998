package dev.vorzimmer.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever a peer sends as SDP, the parser answers with a description or an {@link SdpException} —
 * never another exception — and whatever it returns can be checked and answered without throwing.
 */
class SdpParserPropertiesTest {

  private static final String VALID =
      "v=0\r\no=x 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
          + "m=audio 4000 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
          + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=ptime:20\r\na=sendrecv\r\n"
          + "m=video 5000 RTP/AVP 31\r\nc=IN IP4 192.0.2.2\r\n";

  @Property(tries = 1000)
  void randomTextNeverThrowsAnythingButSdpException(@ForAll @StringLength(max = 400) String body) {
    parseAndUse(body);
  }

  @Property(tries = 1000)
  void randomSdpShapedLinesNeverThrowAnythingButSdpException(
      @ForAll("sdpLines") List<String> lines) {
    parseAndUse(String.join("\r\n", lines));
  }

  @Property(tries = 1000)
  void mutatedValidOffersNeverThrowAnythingButSdpException(@ForAll("mutations") String body) {
    parseAndUse(body);
  }

  private static void parseAndUse(String body) {
    SessionDescription d;
    try {
      d = SdpParser.parse(body);
    } catch (SdpException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    MediaCapability.check(d.audio(), "192.0.2.9");
    MediaCapability.check(d.audio(), "2001:db8::9");
    SdpNegotiator.answer(d, "192.0.2.9", 40000, 1, 1)
        .ifPresent(a -> assertThat(a.sdp()).contains("m=audio 40000"));
  }

  @Provide
  Arbitrary<List<String>> sdpLines() {
    Arbitrary<String> tok =
        Arbitraries.oneOf(
            Arbitraries.of(
                "IN",
                "IP4",
                "IP6",
                "audio",
                "video",
                "RTP/AVP",
                "0",
                "8",
                "96",
                "101",
                "-1",
                "65536",
                "99999999999",
                "/",
                "//",
                "/2",
                "4000/2",
                "PCMU/8000",
                "PCMU/",
                "/8000",
                "telephone-event/8000",
                "sendonly",
                "inactive",
                "0.0.0.0",
                "::1",
                "192.0.2.1",
                "host.example",
                ""),
            Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> toks = tok.list().ofMaxSize(5).map(t -> String.join(" ", t));
    Arbitrary<String> line =
        Arbitraries.oneOf(
            tok.map(t -> "c=IN IP4 " + t),
            Combinators.combine(tok, toks).as((a, b) -> "c=" + a + " " + b),
            Combinators.combine(tok, toks).as((port, pts) -> "m=audio " + port + " RTP/AVP " + pts),
            Combinators.combine(tok, toks).as((a, b) -> "m=" + a + " " + b),
            Combinators.combine(tok, tok).as((pt, enc) -> "a=rtpmap:" + pt + " " + enc),
            tok.map(t -> "a=ptime:" + t),
            Combinators.combine(Arbitraries.of("v", "o", "s", "t", "a", "b", "x", ""), toks)
                .as((t, v) -> t + "=" + v));
    return line.list().ofMaxSize(12);
  }

  @Example
  void slashesWhereAnAddressOrNumberBelongsAreSdpErrors() {
    for (String body :
        List.of(
            "c=IN IP4 /\r\nm=audio 4000 RTP/AVP 0\r\n",
            "c=IN IP4 192.0.2.1\r\nm=audio / RTP/AVP 0\r\n",
            "m=audio 4000 RTP/AVP 0\r\nc=IN IP4 192.0.2.1\r\na=rtpmap:0 /\r\n")) {
      parseAndUse(body);
    }
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length() - 1);
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(5),
            Arbitraries.of("/", " ", "\r\n", "=", ":", "-", "99999999999", "\u0000"));
    return Combinators.combine(position, Arbitraries.integers().between(0, 12), insert)
        .as(
            (at, cut, text) -> {
              StringBuilder b = new StringBuilder(VALID);
              b.replace(at, Math.min(VALID.length(), at + cut), text);
              return b.toString();
            })
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(SdpParserPropertiesTest::applyAll);
  }

  private static String applyAll(List<String> variants) {
    // each variant is a mutation of VALID; splice their lines together so mutations combine
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      String[] parts = variants.get(i).split("\r\n", -1);
      for (int k = i; k < parts.length; k += variants.size()) {
        lines.add(parts[k]);
      }
    }
    return String.join("\r\n", lines);
  }
}
