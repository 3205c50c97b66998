package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.SipProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The phone under a flood, on the SIP side: a local-line agent on 127.0.0.1 and hand-written UDP
 * callers (one socket each). The policy's backlog refuses new calls with 503 + Retry-After, a slow
 * decision still reaches the answering machine unless the phone was overloaded, and intercepts have
 * their own cap, so they neither hold call slots nor keep a contact from ringing.
 */
class OverloadCallTest {
  private static final Duration WAIT = ProbeCaller.WAIT;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final RecordingMedia media = new RecordingMedia();
  private final ScriptedPolicy policy = new ScriptedPolicy();
  private final List<SipProbe> probes = new ArrayList<>();
  private SipAgent agent;
  private int port;

  private void start(CallSettings settings, Duration policyTimeout) throws Exception {
    port = FreePorts.udpAndTcp();
    agent =
        new SipAgent(
            new SipSettings("127.0.0.1", port, Optional.empty()),
            settings,
            policy,
            media,
            AgentFixtures.FAST.withCallTimers(Duration.ofSeconds(2), policyTimeout));
    agent.addListener(events);
    agent.start();
    events.await(RegistrationState.LOCAL_LINE, WAIT);
  }

  private ProbeCaller caller(String number) throws Exception {
    SipProbe probe = SipProbe.open();
    probes.add(probe);
    return new ProbeCaller(probe, port, number);
  }

  @AfterEach
  void stop() {
    if (agent != null) {
      agent.close();
    }
    probes.forEach(SipProbe::close);
  }

  /** Sends the INVITE and returns the first response above 100 Trying. */
  private static String firstAnswer(ProbeCaller caller) throws Exception {
    caller.probe.send(caller.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), caller.port);
    return caller.probe.awaitMessage(
        m -> m.startsWith("SIP/2.0 ") && !m.startsWith("SIP/2.0 100"), WAIT);
  }

  private static CallDisposition.Intercept robotIntercept() {
    return new CallDisposition.Intercept(404, "de", Duration.ofSeconds(20), "robot range");
  }

  private void awaitAsked(int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      assertThat(policy.asked().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
          .as("policy asked about call " + (i + 1))
          .isNotNull();
    }
  }

  @Test
  void aBacklogAtTheLimitRefusesNewCallsWith503RetryAfterUntilItDrains() throws Exception {
    start(
        CallSettings.defaults().withOverloadLimits(20, 2, Duration.ofSeconds(7)),
        Duration.ofSeconds(30));
    var slowA = policy.decideLater("+4930100001");
    var slowB = policy.decideLater("+4930100002");
    ProbeCaller a = caller("+4930100001");
    ProbeCaller b = caller("+4930100002");
    a.probe.send(a.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), port);
    b.probe.send(b.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), port);
    awaitAsked(2);

    ProbeCaller flood = caller("+4930100003");
    String refused = firstAnswer(flood);

    assertThat(SipProbe.statusOf(refused)).as(refused).isEqualTo(503);
    assertThat(refused).containsPattern("(?m)^Retry-After: 7\\b");
    CallEvent end = events.awaitEnd(flood.callId, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.FAILED);
    assertThat(end.reason()).contains("overloaded");
    assertThat(policy.asked()).as("refused before screening").isEmpty();

    slowA.complete(new CallDisposition.Reject(603, "blocked"));
    slowB.complete(new CallDisposition.Reject(603, "blocked"));
    events.awaitEnd(a.callId, WAIT);
    events.awaitEnd(b.callId, WAIT);
    ProbeCaller contact = caller("+4930555000");
    assertThat(SipProbe.statusOf(firstAnswer(contact))).as("drained: rings again").isEqualTo(180);
  }

  @Test
  void callsWaitingForADecisionDoNotTakeTheSlotsOfTheCallLimit() throws Exception {
    start(CallSettings.defaults().withMaxCalls(1), Duration.ofSeconds(30));
    var slowA = policy.decideLater("+4930100031");
    var slowB = policy.decideLater("+4930100032");
    ProbeCaller a = caller("+4930100031");
    ProbeCaller b = caller("+4930100032");
    a.probe.send(a.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), port);
    b.probe.send(b.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), port);

    awaitAsked(2);

    slowA.complete(new CallDisposition.Reject(603, "blocked"));
    slowB.complete(new CallDisposition.Reject(603, "blocked"));
    assertThat(events.awaitEnd(a.callId, WAIT).outcome()).contains(CallOutcome.REJECTED);
    assertThat(events.awaitEnd(b.callId, WAIT).outcome()).contains(CallOutcome.REJECTED);
  }

  @Test
  void aCallThePolicyDidNotDecideInTimeUnderNormalLoadGoesToTheMachine() throws Exception {
    start(CallSettings.defaults(), Duration.ofMillis(500));
    policy.decideLater("+4930100010");
    ProbeCaller slow = caller("+4930100010");

    slow.inviteAnswered();

    assertThat(media.await("start", WAIT).purpose()).isEqualTo(CallMedia.Purpose.VOICEMAIL);
    CallEvent answered =
        events.awaitCall(
            e -> e.callId().equals(slow.callId) && e.state() == CallState.CONNECTING,
            WAIT,
            "the machine's 200 OK");
    assertThat(answered.reason()).contains("voicemail").contains("did not decide");
    events.awaitCall(CallState.VOICEMAIL, WAIT);
    assertThat(SipProbe.statusOf(slow.request("BYE", 2, null, ""))).isEqualTo(200);
    assertThat(events.awaitEnd(slow.callId, WAIT).outcome()).contains(CallOutcome.VOICEMAIL);
  }

  @Test
  void callsThatWaitedThroughAnOverloadGet503InsteadOfTheMachine() throws Exception {
    start(
        CallSettings.defaults().withOverloadLimits(20, 2, Duration.ofSeconds(5)),
        Duration.ofSeconds(1));
    policy.decideLater("+4930100021");
    policy.decideLater("+4930100022");
    policy.decideLater("+4930100024");
    ProbeCaller a = caller("+4930100021");
    ProbeCaller b = caller("+4930100022");
    a.probe.send(a.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), port);
    b.probe.send(b.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), port);
    awaitAsked(2);
    assertThat(SipProbe.statusOf(firstAnswer(caller("+4930100023")))).isEqualTo(503);

    for (ProbeCaller waited : List.of(a, b)) {
      String timedOut =
          waited.probe.awaitMessage(
              m -> m.startsWith("SIP/2.0 ") && !m.startsWith("SIP/2.0 1"), WAIT);
      assertThat(SipProbe.statusOf(timedOut)).as(timedOut).isEqualTo(503);
      assertThat(timedOut).containsPattern("(?m)^Retry-After: 5\\b");
      CallEvent end = events.awaitEnd(waited.callId, WAIT);
      assertThat(end.outcome()).contains(CallOutcome.FAILED);
      assertThat(end.reason()).contains("overloaded").contains("did not decide");
    }

    ProbeCaller later = caller("+4930100024");
    later.inviteAnswered();
    assertThat(media.await("start", WAIT).purpose())
        .as("after the overload, a slow decision goes to the machine again")
        .isEqualTo(CallMedia.Purpose.VOICEMAIL);
  }

  @Test
  void beyondTheInterceptCapARobotGetsThePlainFinalStatusAtOnce() throws Exception {
    start(
        CallSettings.defaults().withOverloadLimits(2, 50, Duration.ofSeconds(10)),
        Duration.ofSeconds(2));
    for (String robot : List.of("+4921155501", "+4921155502", "+4921155503")) {
      policy.on(robot, robotIntercept());
    }
    assertThat(SipProbe.statusOf(firstAnswer(caller("+4921155501")))).isEqualTo(183);
    assertThat(SipProbe.statusOf(firstAnswer(caller("+4921155502")))).isEqualTo(183);
    ProbeCaller third = caller("+4921155503");

    String answer = firstAnswer(third);

    assertThat(SipProbe.statusOf(answer)).as("no 183 first: " + answer).isEqualTo(404);
    CallEvent end = events.awaitEnd(third.callId, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.REJECTED);
    assertThat(end.reason()).contains("no early media");
  }

  @Test
  void aContactRingsWhileInterceptsFillAsManySlotsAsTheCallLimit() throws Exception {
    start(
        CallSettings.defaults().withMaxCalls(2).withOverloadLimits(2, 50, Duration.ofSeconds(10)),
        Duration.ofSeconds(2));
    policy.on("+4921155511", robotIntercept()).on("+4921155512", robotIntercept());
    assertThat(SipProbe.statusOf(firstAnswer(caller("+4921155511")))).isEqualTo(183);
    assertThat(SipProbe.statusOf(firstAnswer(caller("+4921155512")))).isEqualTo(183);
    policy.on("+4930777000", new CallDisposition.Ring("contact"));
    ProbeCaller contact = caller("+4930777000");

    String answer = firstAnswer(contact);

    assertThat(SipProbe.statusOf(answer)).as(answer).isEqualTo(180);
  }
}
