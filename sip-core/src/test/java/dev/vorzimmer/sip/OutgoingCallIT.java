package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.sip.AgentFixtures.account;
import static dev.vorzimmer.sip.AgentFixtures.callAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.testsupport.sipp.SippUas;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls we place through the real Kamailio, which challenges our INVITE (407), to a SIPp UAS that
 * Kamailio reaches as user {@code uas-<port>}.
 */
class OutgoingCallIT {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 1);

  @TempDir Path work;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final RecordingMedia media = new RecordingMedia();
  private SipAgent agent;

  @BeforeEach
  void registerAgent() throws Exception {
    agent =
        callAgent(
            account(kamailio.process(), PASSWORD, Transport.UDP, 60),
            CallSettings.defaults(),
            IncomingCallPolicy.RING_ALL,
            media,
            events);
    agent.start();
    events.await(RegistrationState.REGISTERED, WAIT);
  }

  @AfterEach
  void stopAgent() {
    agent.close();
  }

  private String target(SippRun uas) {
    return "sip:uas-" + uas.port() + "@" + kamailio.process().domain();
  }

  private void assertSucceeded(SippResult result) {
    assertThat(result.allCallsSucceeded())
        .as(
            () ->
                result
                    + "\ncall events: "
                    + events.callEvents()
                    + "\nKamailio:\n"
                    + kamailio.process().logTail(30))
        .isTrue();
  }

  @Test
  void aCallIsAuthenticatedRingsIsAnsweredAndWeHangUp() throws Exception {
    try (SippRun uas = new SippUas(work).answerAfter(200)) {
      String callId = agent.call(target(uas));

      events.awaitCall(
          e -> e.callId().equals(callId) && e.state() == CallState.ACTIVE, WAIT, "answered");
      agent.hangUp(callId);

      CallEvent end = events.awaitEnd(callId, WAIT);
      assertSucceeded(uas.await());
      assertThat(end.outcome()).contains(CallOutcome.ANSWERED);
      assertThat(end.incoming()).isFalse();
      assertThat(events.statesOf(callId))
          .containsExactly(
              CallState.CALLING,
              CallState.EARLY,
              CallState.ACTIVE,
              CallState.ENDING,
              CallState.ENDED);
    }
    assertThat(
            kamailio
                .process()
                .countLogLines(
                    Pattern.compile("VZ-REQ INVITE .*port=" + kamailio.process().sipPort())))
        .as("INVITE sent again with credentials after the 407")
        .isEqualTo(2);
    assertThat(media.steps())
        .filteredOn(s -> s.action().equals("start"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.purpose()).isEqualTo(CallMedia.Purpose.LIVE);
              assertThat(s.plan().encoding()).isEqualTo("PCMU");
            });
  }

  @Test
  void hangingUpBeforeTheAnswerCancelsTheCall() throws Exception {
    try (SippRun uas = new SippUas(work).ringUntilCancelled()) {
      String callId = agent.call(target(uas));

      events.awaitCall(
          e -> e.callId().equals(callId) && e.state() == CallState.EARLY, WAIT, "ringing");
      agent.hangUp(callId);

      CallEvent end = events.awaitEnd(callId, WAIT);
      assertSucceeded(uas.await());
      assertThat(end.outcome()).contains(CallOutcome.CANCELLED);
      assertThat(events.statesOf(callId))
          .containsExactly(CallState.CALLING, CallState.EARLY, CallState.ENDING, CallState.ENDED);
    }
  }

  @Test
  void aFailureResponseEndsTheCallFailedWithTheStatus() throws Exception {
    String callId = agent.call("sip:nobody@" + kamailio.process().domain());

    CallEvent end = events.awaitEnd(callId, WAIT);

    assertThat(end.outcome()).contains(CallOutcome.FAILED);
    assertThat(end.reason()).startsWith("404");
  }
}
