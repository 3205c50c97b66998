package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.sip.AgentFixtures.account;
import static dev.vorzimmer.sip.AgentFixtures.callAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.SipProbe;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ghost calls: INVITEs that do not come through our provider never ring and never reach the policy.
 */
class GhostCallIT {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 1);

  @TempDir Path work;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final ScriptedPolicy policy = new ScriptedPolicy();

  private SippCaller caller() {
    return new SippCaller(work.resolve("sipp"))
        .calling(USER)
        .from("+4930123456", "Scanner")
        .timeoutSeconds(15);
  }

  @Test
  void anInviteStraightToTheAgentWhileRegisteredIsRefusedWith403AndReported() throws Exception {
    try (SipAgent agent =
        callAgent(
            account(kamailio.process(), PASSWORD, Transport.UDP, 60),
            CallSettings.defaults(),
            policy,
            CallMedia.NONE,
            events)) {
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);

      SippResult result =
          caller().expectStatus(403).callTo("127.0.0.1", AgentFixtures.portOf(agent));

      assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
      CallEvent ghost = events.awaitCall(CallState.ENDED, WAIT);
      assertThat(ghost.outcome()).contains(CallOutcome.GHOST);
      assertThat(ghost.reason()).contains("neither our registrar nor a trusted host");
      assertThat(ghost.peer()).isEqualTo("+4930123456");
      assertThat(policy.asked()).isEmpty();
      assertThat(events.callEvents()).hasSize(1);
    }
  }

  @Test
  void aGhostInviteGets403WithoutA100TryingFirst() throws Exception {
    try (SipAgent agent =
            callAgent(
                account(kamailio.process(), PASSWORD, Transport.UDP, 60),
                CallSettings.defaults(),
                policy,
                CallMedia.NONE,
                events);
        SipProbe probe = SipProbe.open()) {
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);
      int port = AgentFixtures.portOf(agent);
      String uri = "sip:" + USER + "@127.0.0.1:" + port;
      probe.send(
          "INVITE "
              + uri
              + " SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP 127.0.0.1:"
              + probe.port()
              + ";rport;branch=z9hG4bK-ghost-1\r\n"
              + "Max-Forwards: 70\r\n"
              + "From: <sip:+4930999@127.0.0.1:"
              + probe.port()
              + ">;tag=g1\r\n"
              + "To: <"
              + uri
              + ">\r\n"
              + "Call-ID: ghost-1@127.0.0.1\r\n"
              + "CSeq: 1 INVITE\r\n"
              + "Contact: <sip:ghost@127.0.0.1:"
              + probe.port()
              + ">\r\n"
              + "Content-Length: 0\r\n\r\n",
          port);

      String first = probe.awaitMessage(m -> m.startsWith("SIP/2.0 "), WAIT);

      assertThat(first).as(first).startsWith("SIP/2.0 403");
      assertThat(events.awaitGhosts(1, WAIT))
          .singleElement()
          .satisfies(g -> assertThat(g.source()).isEqualTo("127.0.0.1"));
    }
  }

  @Test
  void aGhostFloodIsRefusedEveryTimeButOnlyTheFirstFewAreHandledInFull() throws Exception {
    try (SipAgent agent =
        callAgent(
            account(kamailio.process(), PASSWORD, Transport.UDP, 60),
            CallSettings.defaults(),
            policy,
            CallMedia.NONE,
            events)) {
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);

      SippResult result =
          caller().calls(60, 60).expectStatus(403).callTo("127.0.0.1", AgentFixtures.portOf(agent));

      assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
      assertThat(events.awaitGhosts(60, WAIT))
          .hasSize(60)
          .allSatisfy(g -> assertThat(g.source()).isEqualTo("127.0.0.1"));
      // The token bucket: 10 at once, then one per 2 s; the others get a stateless 403 and no call
      // event.
      assertThat(events.callEvents())
          .hasSizeBetween(10, 20)
          .allSatisfy(e -> assertThat(e.outcome()).contains(CallOutcome.GHOST));
      assertThat(policy.asked()).isEmpty();
    }
  }

  @Test
  void onALocalLineDirectCallsAreScreenedAndRing() throws Exception {
    int port = FreePorts.udpAndTcp();
    try (SipAgent agent =
        new SipAgent(
            new SipSettings("127.0.0.1", port, Optional.empty()),
            CallSettings.defaults(),
            policy,
            CallMedia.NONE)) {
      agent.addListener(events);
      agent.start();

      SippResult result =
          caller().calling("vorzimmer").expectRingThenCancelAfter(200).callTo("127.0.0.1", port);

      assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
      assertThat(events.awaitCall(CallState.ENDED, WAIT).outcome()).contains(CallOutcome.MISSED);
      assertThat(policy.asked()).hasSize(1);
    }
  }
}
