package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.SipProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An SDP offer our media cannot use is refused before anything rings: 488 with a Warning naming the
 * reason (RFC 3261 warn-codes), on real UDP against a local-line agent; the policy is never asked.
 */
class UnusableOfferTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "host name c=          | c=IN IP4 media.example.net | m=audio 4000 RTP/AVP 0          | | 301",
        "IPv6 c= on IPv4 media | c=IN IP6 2001:db8::1       | m=audio 4000 RTP/AVP 0          | | 301",
        "port above 65535      | c=IN IP4 127.0.0.1         | m=audio 70000 RTP/AVP 0         | | 307",
        "only G.729            | c=IN IP4 127.0.0.1         | m=audio 4000 RTP/AVP 18         | a=rtpmap:18 G729/8000 | 305",
        "PCMU on static PT 3   | c=IN IP4 127.0.0.1         | m=audio 4000 RTP/AVP 3          | a=rtpmap:3 PCMU/8000 | 305",
        "DTMF on PT 13         | c=IN IP4 127.0.0.1         | m=audio 4000 RTP/AVP 0 13       | a=rtpmap:13 telephone-event/8000 | 305",
        "unparsable port       | c=IN IP4 127.0.0.1         | m=audio x RTP/AVP 0             | | 399",
      })
  void isRefusedWith488AndAWarningBeforeThePolicyIsAsked(
      String name, String connection, String media, String attribute, int warnCode)
      throws Exception {
    ScriptedPolicy policy = new ScriptedPolicy();
    RecordingSipAgentListener events = new RecordingSipAgentListener();
    int port = FreePorts.udpAndTcp();
    try (SipAgent agent =
            new SipAgent(
                new SipSettings("127.0.0.1", port, Optional.empty()),
                CallSettings.defaults(),
                policy,
                CallMedia.NONE);
        SipProbe probe = SipProbe.open()) {
      agent.addListener(events);
      agent.start();
      events.await(RegistrationState.LOCAL_LINE, WAIT);
      String sdp =
          "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\n"
              + connection.strip()
              + "\r\nt=0 0\r\n"
              + media.strip()
              + "\r\n"
              + (attribute == null ? "" : attribute.strip() + "\r\n");
      probe.send(invite(probe.port(), port, sdp), port);

      String response = probe.awaitMessage(m -> m.startsWith("SIP/2.0 4"), WAIT);

      assertThat(SipProbe.statusOf(response)).isEqualTo(488);
      assertThat(response)
          .containsPattern("(?m)^Warning: " + warnCode + " 127\\.0\\.0\\.1 \"[^\"]+\"\r?$");
      assertThat(events.awaitCall(CallState.ENDED, WAIT).outcome()).contains(CallOutcome.FAILED);
      assertThat(policy.asked()).isEmpty();
    }
  }

  private static String invite(int from, int to, String sdp) {
    String uri = "sip:vorzimmer@127.0.0.1:" + to;
    return "INVITE "
        + uri
        + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:"
        + from
        + ";rport;branch=z9hG4bK"
        + UUID.randomUUID()
        + "\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:+4930123456@127.0.0.1:"
        + from
        + ">;tag=probe1\r\n"
        + "To: <"
        + uri
        + ">\r\n"
        + "Call-ID: "
        + UUID.randomUUID()
        + "@127.0.0.1\r\n"
        + "CSeq: 1 INVITE\r\n"
        + "Contact: <sip:probe@127.0.0.1:"
        + from
        + ">\r\n"
        + "Content-Type: application/sdp\r\n"
        + "Content-Length: "
        + sdp.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + sdp;
  }
}
