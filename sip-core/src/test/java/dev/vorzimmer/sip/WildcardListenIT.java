package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.FAST_CALLS;
import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.sip.AgentFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.testsupport.sipp.SippUas;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's default configuration binds {@code 0.0.0.0}: nothing the phone sends may carry that
 * wildcard. A real Kamailio logs every message it receives from the phone whole; the test reads
 * them back.
 */
class WildcardListenIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final List<String> WILDCARDS =
      List.of("0.0.0.0", "0:0:0:0:0:0:0:0", "[::]", "@::", " :: ");

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 1);

  @TempDir Path work;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();

  @Test
  void registrationAVoicemailCallAndAnOutgoingCallAdvertiseTheAddressThatRoutesToTheRegistrar()
      throws Exception {
    KamailioProcess registrar = kamailio.process();
    int port = FreePorts.udpAndTcp();
    ScriptedPolicy policy =
        new ScriptedPolicy().on("+4930222222", new CallDisposition.Voicemail("default", "test"));
    try (SipAgent agent =
        new SipAgent(
            new SipSettings(
                "0.0.0.0", port, Optional.of(account(registrar, PASSWORD, Transport.UDP, 60))),
            CallSettings.defaults(),
            policy,
            new RecordingMedia(),
            FAST_CALLS)) {
      agent.addListener(events);
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);

      assertThat(agent.localUri()).isEqualTo("sip:alice@127.0.0.1:" + port);
      assertThat(registrar.contactsOf(USER))
          .singleElement()
          .asString()
          .startsWith("sip:alice@127.0.0.1:" + port);

      SippCaller caller =
          new SippCaller(work.resolve("sipp"))
              .calling(USER)
              .from("+4930222222", "Caller")
              .timeoutSeconds(15)
              .answerMustMatch("c=IN IP4 127\\.0\\.0\\.1")
              .expectAnswerThenByeFromCallee();
      try (SippRun run = caller.start("127.0.0.1", registrar.trunkPort())) {
        CallEvent taken = events.awaitCall(CallState.VOICEMAIL, WAIT);
        agent.hangUp(taken.callId());
        assertThat(run.await().allCallsSucceeded()).as(() -> registrar.logTail(40)).isTrue();
      }
      events.awaitCall(CallState.ENDED, WAIT);

      try (SippRun uas = new SippUas(work).answerAfter(200)) {
        String callId = agent.call("sip:uas-" + uas.port() + "@" + registrar.domain());
        events.awaitCall(
            e -> e.callId().equals(callId) && e.state() == CallState.ACTIVE, WAIT, "answered");
        agent.hangUp(callId);
        events.awaitEnd(callId, WAIT);
        assertThat(uas.await().allCallsSucceeded()).as(() -> registrar.logTail(40)).isTrue();
      }
    }

    List<String> sent = registrar.messagesFrom(port);
    assertThat(sent)
        .as("messages Kamailio got from the phone")
        .anySatisfy(
            m -> assertThat(m).startsWith("REGISTER ").contains("Call-ID: ").contains("@127.0.0.1"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("SIP/2.0 200")
                    .contains("c=IN IP4 127.0.0.1")
                    .contains("o=")
                    .contains("Contact: <sip:alice@127.0.0.1:" + port))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("BYE ")
                    .contains("Via: SIP/2.0/UDP 127.0.0.1:" + port)
                    .contains("rport"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("INVITE ")
                    .contains("c=IN IP4 127.0.0.1")
                    .contains("Contact: <sip:alice@127.0.0.1:" + port))
        .anySatisfy(
            m -> assertThat(m).startsWith("ACK ").contains("Via: SIP/2.0/UDP 127.0.0.1:" + port));
    for (String message : sent) {
      for (String wildcard : WILDCARDS) {
        assertThat(message).as("a message the phone sent").doesNotContain(wildcard);
      }
    }
  }
}
