package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.sip.AgentFixtures.account;
import static dev.vorzimmer.sip.AgentFixtures.callAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Incoming calls from SIPp through the real Kamailio's trunk port to a registered agent. */
class IncomingCallIT {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 1);

  @TempDir Path work;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final ScriptedPolicy policy = new ScriptedPolicy();
  private final RecordingMedia media = new RecordingMedia();
  private SipAgent agent;

  @AfterEach
  void stopAgent() {
    if (agent != null) {
      agent.close();
    }
  }

  private void startAgent(CallSettings settings) throws Exception {
    agent =
        callAgent(
            account(kamailio.process(), PASSWORD, Transport.UDP, 60),
            settings,
            policy,
            media,
            events);
    agent.start();
    events.await(RegistrationState.REGISTERED, WAIT);
  }

  private SippCaller caller(String number) {
    return new SippCaller(work.resolve("sipp"))
        .calling(USER)
        .from(number, "Caller")
        .timeoutSeconds(15);
  }

  private SippRun start(SippCaller caller) throws Exception {
    return caller.start("127.0.0.1", kamailio.process().trunkPort());
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

  private void run(SippCaller caller) throws Exception {
    try (SippRun run = start(caller)) {
      assertSucceeded(run.await());
    }
  }

  /** The media steps of one call, up to and including "close" (waits for it). */
  private List<RecordingMedia.Step> mediaOf(String callId) throws InterruptedException {
    List<RecordingMedia.Step> steps = new ArrayList<>();
    while (true) {
      RecordingMedia.Step step = media.steps().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(step).as("media steps so far: %s", steps).isNotNull();
      if (step.callId().equals(callId)) {
        steps.add(step);
        if (step.action().equals("close")) {
          return steps;
        }
      }
    }
  }

  @Test
  void aRingingCallCancelledByTheCallerIsMissed() throws Exception {
    startAgent(CallSettings.defaults());

    run(caller("+4930111111").expectRingThenCancelAfter(300));

    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.MISSED);
    assertThat(end.peer()).isEqualTo("+4930111111");
    assertThat(events.statesOf(end.callId()))
        .containsExactly(CallState.SCREENING, CallState.RINGING, CallState.ENDED);
    IncomingCall asked = policy.asked().poll();
    assertThat(asked).isNotNull();
    assertThat(asked.number()).isEqualTo("+4930111111");
    assertThat(asked.displayName()).isEqualTo("Caller");
    assertThat(asked.requestUser()).isEqualTo(USER);
    assertThat(agent.calls()).isEmpty();
  }

  @Test
  void voicemailAnswersTheCallersPcmaOfferAndEndsWhenTheCallerHangsUp() throws Exception {
    policy.on("+4930222222", new CallDisposition.Voicemail("anonymous", "test says voicemail"));
    startAgent(CallSettings.defaults());

    run(
        caller("+4930222222")
            .answerMustMatch("a=rtpmap:8 PCMA/8000")
            .expectAnswerThenHangUpAfter(300));

    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(events.statesOf(end.callId()))
        .containsExactly(
            CallState.SCREENING, CallState.CONNECTING, CallState.VOICEMAIL, CallState.ENDED);
    List<RecordingMedia.Step> steps = mediaOf(end.callId());
    assertThat(steps)
        .extracting(RecordingMedia.Step::action)
        .containsExactly("prepare", "start", "close");
    RecordingMedia.Step start = steps.get(1);
    assertThat(start.purpose()).isEqualTo(CallMedia.Purpose.VOICEMAIL);
    assertThat(start.greeting()).isEqualTo("anonymous");
    assertThat(start.plan().encoding()).isEqualTo("PCMA");
    assertThat(start.plan().payloadType()).isEqualTo(8);
    assertThat(start.plan().telephoneEventPayloadType()).hasValue(101);
    assertThat(start.plan().remote().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(start.plan().remote().getPort()).isPositive();
  }

  @Test
  void theAppHangsUpAVoicemailCallWithAByeTheCallerAccepts() throws Exception {
    policy.on("+4930333333", new CallDisposition.Voicemail("default", "test"));
    startAgent(CallSettings.defaults());

    try (SippRun caller = start(caller("+4930333333").expectAnswerThenByeFromCallee())) {
      CallEvent taken = events.awaitCall(CallState.VOICEMAIL, WAIT);
      agent.hangUp(taken.callId());
      assertSucceeded(caller.await());
    }

    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(events.statesOf(end.callId()))
        .containsSubsequence(CallState.VOICEMAIL, CallState.ENDING, CallState.ENDED);
  }

  @Test
  void stoppingTheAgentSendsByeToAVoicemailCallAndClosesItsMedia() throws Exception {
    policy.on("+4930333444", new CallDisposition.Voicemail("default", "test"));
    startAgent(CallSettings.defaults());

    String callId;
    try (SippRun caller = start(caller("+4930333444").expectAnswerThenByeFromCallee())) {
      callId = events.awaitCall(CallState.VOICEMAIL, WAIT).callId();
      agent.shutdown(Duration.ofSeconds(3));
      assertSucceeded(caller.await());
    }

    assertThat(events.awaitEnd(callId, WAIT).outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(mediaOf(callId)).extracting(RecordingMedia.Step::action).endsWith("close");
    assertThat(events.statesOf(callId))
        .containsSubsequence(CallState.VOICEMAIL, CallState.ENDING, CallState.ENDED);
  }

  @Test
  void stoppingTheAgentAnswersARingingCallWith480() throws Exception {
    startAgent(CallSettings.defaults());

    try (SippRun caller = start(caller("+4930333555").expectStatusRightAfterRing(480))) {
      String callId = events.awaitCall(CallState.RINGING, WAIT).callId();
      agent.shutdown(Duration.ofSeconds(3));
      assertSucceeded(caller.await());
      assertThat(events.awaitEnd(callId, WAIT).outcome()).contains(CallOutcome.MISSED);
    }
  }

  @Test
  void reconfiguringTheAccountByesALiveCallClosesItsMediaAndRegistersAgain() throws Exception {
    startAgent(CallSettings.defaults());
    int registered = events.size();

    String callId;
    try (SippRun caller = start(caller("+4930333666").expectAnswerThenByeFromCallee())) {
      callId = events.awaitCall(CallState.RINGING, WAIT).callId();
      agent.answer(callId);
      events.awaitCall(CallState.ACTIVE, WAIT);
      agent.reconfigure(
          new SipSettings(
              "127.0.0.1",
              AgentFixtures.portOf(agent),
              java.util.Optional.of(account(kamailio.process(), PASSWORD, Transport.UDP, 60))),
          Duration.ofSeconds(3));
      assertSucceeded(caller.await());
    }

    assertThat(events.awaitEnd(callId, WAIT).outcome()).contains(CallOutcome.ANSWERED);
    assertThat(mediaOf(callId)).extracting(RecordingMedia.Step::action).endsWith("close");
    events.awaitFrom(
        registered, e -> e.state() == RegistrationState.REGISTERED, WAIT, "registered again");
  }

  @Test
  void everyAnsweredCallHasItsOwnLengthLimitThatDoesNotDependOnMedia() throws Exception {
    policy
        .on("+4930333334", new CallDisposition.Voicemail("default", "test"))
        .on("+4930333335", new CallDisposition.Ring("test"));
    // the media side here does nothing at all: the limit must come from sip-core alone
    startAgent(
        CallSettings.defaults().withCallLimits(Duration.ofMillis(1500), Duration.ofMillis(2500)));

    try (SippRun machineCall = start(caller("+4930333334").expectAnswerThenByeFromCallee())) {
      assertSucceeded(machineCall.await());
    }
    CallEvent machineEnd =
        events.awaitCall(
            e -> e.state() == CallState.ENDED && e.peer().equals("+4930333334"),
            WAIT,
            "machine call ended");
    assertThat(machineEnd.outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(machineEnd.reason()).contains("maximum length of 1 s");

    try (SippRun liveCall = start(caller("+4930333335").expectAnswerThenByeFromCallee())) {
      CallEvent ringing = events.awaitCall(CallState.RINGING, WAIT);
      agent.answer(ringing.callId());
      assertSucceeded(liveCall.await());
    }
    CallEvent liveEnd =
        events.awaitCall(
            e -> e.state() == CallState.ENDED && e.peer().equals("+4930333335"),
            WAIT,
            "live call ended");
    assertThat(liveEnd.outcome()).contains(CallOutcome.ANSWERED);
    assertThat(liveEnd.reason()).contains("maximum length of 2 s");
  }

  @Test
  void rejectedCallsGetThePolicysStatusAndNeverRing() throws Exception {
    policy
        .on("+4930444444", new CallDisposition.Reject(603, "blocked"))
        .on("+4930555555", new CallDisposition.Reject(486, "pretend busy"));
    startAgent(CallSettings.defaults());

    run(caller("+4930444444").expectStatus(603));
    run(caller("+4930555555").expectStatus(486));
    // SIPp may be done before the agent has published the second call's end.
    events.awaitCall(
        e -> e.state() == CallState.ENDED && e.peer().equals("+4930555555"),
        WAIT,
        "second call ended");

    List<CallEvent> ends =
        events.callEvents().stream().filter(e -> e.state() == CallState.ENDED).toList();
    assertThat(ends)
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.outcome()).contains(CallOutcome.REJECTED));
    assertThat(ends.get(1).reason()).contains("486");
    assertThat(events.callEvents())
        .extracting(CallEvent::state)
        .doesNotContain(CallState.RINGING, CallState.CONNECTING);
  }

  @Test
  void theUserAnswersARingingCall() throws Exception {
    startAgent(CallSettings.defaults());

    try (SippRun caller = start(caller("+4930666666").expectAnswerThenHangUpAfter(300))) {
      CallEvent ringing = events.awaitCall(CallState.RINGING, WAIT);
      assertThat(agent.calls()).extracting(CallInfo::callId).containsExactly(ringing.callId());
      assertThat(agent.answer(ringing.callId())).isTrue();
      assertSucceeded(caller.await());
    }

    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.ANSWERED);
    assertThat(events.statesOf(end.callId()))
        .containsExactly(
            CallState.SCREENING,
            CallState.RINGING,
            CallState.CONNECTING,
            CallState.ACTIVE,
            CallState.ENDED);
    assertThat(mediaOf(end.callId()))
        .filteredOn(s -> s.action().equals("start"))
        .singleElement()
        .satisfies(s -> assertThat(s.purpose()).isEqualTo(CallMedia.Purpose.LIVE));
  }

  @Test
  void theUserDeclinesARingingCall() throws Exception {
    startAgent(CallSettings.defaults());

    try (SippRun caller = start(caller("+4930777777").expectStatusRightAfterRing(603))) {
      CallEvent ringing = events.awaitCall(CallState.RINGING, WAIT);
      agent.decline(ringing.callId());
      assertSucceeded(caller.await());
    }

    assertThat(events.awaitCall(CallState.ENDED, WAIT).outcome()).contains(CallOutcome.REJECTED);
  }

  @Test
  void anUnansweredCallGoesToVoicemailAfterTheRingTimeout() throws Exception {
    startAgent(CallSettings.defaults()); // 25 s: the SIPp caller would give up first
    agent.updateCalls(
        CallSettings.defaults()
            .withRingTimeout(Duration.ofMillis(400))); // as the window's Save does

    run(caller("+4930888888").expectAnswerThenHangUpAfter(300));

    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(events.statesOf(end.callId()))
        .containsExactly(
            CallState.SCREENING,
            CallState.RINGING,
            CallState.CONNECTING,
            CallState.VOICEMAIL,
            CallState.ENDED);
    assertThat(events.callEvents())
        .filteredOn(e -> e.state() == CallState.CONNECTING)
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("no answer"));
    assertThat(mediaOf(end.callId()))
        .filteredOn(s -> s.action().equals("start"))
        .singleElement()
        .satisfies(s -> assertThat(s.greeting()).isEqualTo("default"));
  }

  @Test
  void aCancelWhileThePolicyStillDecidesEndsCancelledAndNothingFollowsThe487() throws Exception {
    var decision = policy.decideLater("+4930999999");
    startAgent(CallSettings.defaults());

    try (SippRun caller = start(caller("+4930999999").expectCancelBeforeRingingAfter(200, 1000))) {
      CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
      decision.complete(new CallDisposition.Ring("decided too late"));
      assertThat(end.outcome()).contains(CallOutcome.CANCELLED);
      assertSucceeded(caller.await());
    }

    assertThat(events.callEvents())
        .extracting(CallEvent::state)
        .containsExactly(CallState.SCREENING, CallState.ENDED);
  }

  @Test
  void aPolicyThatDoesNotDecideInTimeSendsTheCallToVoicemail() throws Exception {
    policy.decideLater("+4931000000");
    startAgent(CallSettings.defaults());

    run(caller("+4931000000").expectAnswerThenHangUpAfter(200));

    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(events.callEvents())
        .filteredOn(e -> e.state() == CallState.CONNECTING)
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("screening failed"));
  }

  @Test
  void anOfferWithoutACommonCodecGets488AndIsNotScreened() throws Exception {
    startAgent(CallSettings.defaults());

    run(
        caller("+4931100000")
            .offering("m=audio [media_port] RTP/AVP 18\n      a=rtpmap:18 G729/8000")
            .expectStatus(488));

    assertThat(events.awaitCall(CallState.ENDED, WAIT).reason()).contains("no usable codec");
    assertThat(policy.asked()).isEmpty();
  }

  @Test
  void holdAndResumeReInvitesAreAnsweredAndUpdateTheMedia() throws Exception {
    policy.on("+4931200000", new CallDisposition.Voicemail("default", "test"));
    startAgent(CallSettings.defaults());

    run(caller("+4931200000").expectHoldAndResume(200));

    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    List<RecordingMedia.Step> updates =
        mediaOf(end.callId()).stream().filter(s -> s.action().equals("update")).toList();
    assertThat(updates).hasSize(2);
    assertThat(updates.get(0).plan().sending()).as("held: we stop sending").isFalse();
    assertThat(updates.get(0).plan().receiving()).isTrue();
    assertThat(updates.get(1).plan().sending()).as("resumed").isTrue();
  }

  @Test
  void aCallThatShouldRingWhileTheUserTalksGoesToVoicemail() throws Exception {
    startAgent(CallSettings.defaults());

    try (SippRun first = start(caller("+4931300000").expectAnswerThenHangUpAfter(3000))) {
      CallEvent ringing = events.awaitCall(CallState.RINGING, WAIT);
      assertThat(agent.answer(ringing.callId())).isTrue();
      events.awaitCall(CallState.ACTIVE, WAIT);

      run(caller("+4931400000").expectAnswerThenHangUpAfter(100));

      assertSucceeded(first.await());
    }
    CallEvent second =
        events.awaitCall(
            e -> e.state() == CallState.ENDED && e.peer().equals("+4931400000"),
            WAIT,
            "end of the second call");
    assertThat(second.outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(events.statesOf(second.callId())).doesNotContain(CallState.RINGING);
  }
}
