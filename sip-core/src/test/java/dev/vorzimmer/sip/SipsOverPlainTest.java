package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.SipProbe;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An INVITE for a {@code sips:} Request-URI that reaches us over plain UDP breaks the promise of
 * SIPS (TLS on every hop, RFC 3261 §26.2.2): it is answered 416 Unsupported URI Scheme (§8.2.2.1)
 * before the policy is asked, so nothing rings, and the agent goes on answering.
 */
class SipsOverPlainTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void aSipsInviteOverUdpIsAnswered416AndNeverScreened() throws Exception {
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

      String refused = probe.request("INVITE", port, "sips:alice@127.0.0.1:" + port, WAIT);

      assertThat(SipProbe.statusOf(refused)).as(refused).isEqualTo(416);
      assertThat(policy.asked()).isEmpty();

      probe.send(
          "OPTIONS sip:alice@127.0.0.1:"
              + port
              + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:"
              + probe.port()
              + ";branch=z9hG4bKafter416\r\nMax-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=1\r\n"
              + "To: <sip:alice@127.0.0.1>\r\nCall-ID: after-416@127.0.0.1\r\nCSeq: 1 OPTIONS\r\n"
              + "Content-Length: 0\r\n\r\n",
          port);
      assertThat(probe.awaitMessage(m -> m.contains("after-416"), WAIT)).startsWith("SIP/2.0 200");
      assertThat(policy.asked()).as("no call was screened").isEmpty();
    }
  }
}
