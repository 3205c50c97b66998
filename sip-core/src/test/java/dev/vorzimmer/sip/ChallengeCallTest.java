package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.SipProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The robot challenge and the intercept on the SIP side, with a hand-written UDP caller and a
 * local-line agent on 127.0.0.1; the media side is recorded (what sip-core asked of it).
 */
class ChallengeCallTest {
  private static final Duration WAIT = ProbeCaller.WAIT;
  private static final String CALLER = "+4917012345678";

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final BlockingQueue<ChallengeEvent> challenges = new LinkedBlockingQueue<>();
  private final RecordingMedia media = new RecordingMedia();
  private final ScriptedPolicy policy = new ScriptedPolicy();
  private SipAgent agent;
  private SipProbe probe;
  private int port;

  private ProbeCaller start(CallDisposition disposition, CallSettings settings) throws Exception {
    port = FreePorts.udpAndTcp();
    agent =
        new SipAgent(
            new SipSettings("127.0.0.1", port, Optional.empty()),
            settings,
            policy.on(CALLER, disposition),
            media);
    agent.addListener(events);
    agent.addListener(
        new SipAgentListener() {
          @Override
          public void onChallenge(ChallengeEvent event) {
            challenges.add(event);
          }
        });
    agent.start();
    events.await(RegistrationState.LOCAL_LINE, WAIT);
    probe = SipProbe.open();
    return new ProbeCaller(probe, port, CALLER);
  }

  @AfterEach
  void stop() {
    if (agent != null) {
      agent.close();
    }
    if (probe != null) {
      probe.close();
    }
  }

  private static CallDisposition.Challenge challenge(boolean hangUpOnFail, Duration timeout) {
    return new CallDisposition.Challenge(
        '5', "challenge:en:5", "en", timeout, hangUpOnFail, "test");
  }

  private ChallengeEvent nextChallenge() throws InterruptedException {
    ChallengeEvent e = challenges.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(e).as("a challenge event").isNotNull();
    return e;
  }

  @Test
  void theRightDigitByInfoRingsTheUserThenTheMachineTakesItAfterTheRingTime() throws Exception {
    ProbeCaller caller =
        start(
            challenge(false, Duration.ofSeconds(20)),
            CallSettings.defaults().withRingTimeout(Duration.ofMillis(800)));
    caller.inviteAnswered();
    RecordingMedia.Step started = media.await("start", WAIT);
    assertThat(started.purpose()).isEqualTo(CallMedia.Purpose.CHALLENGE);
    assertThat(started.greeting()).isEqualTo("challenge:en:5");
    events.awaitCall(CallState.CHALLENGE, WAIT);

    assertThat(SipProbe.statusOf(caller.info(2, "application/dtmf-relay", "Signal=5\r\n")))
        .isEqualTo(200);

    ChallengeEvent passed = nextChallenge();
    assertThat(passed.step()).isEqualTo(ChallengeEvent.Step.PASSED);
    assertThat(passed.via()).contains("info");
    events.awaitCall(CallState.RINGING, WAIT);
    assertThat(media.await("switch", WAIT).purpose()).isEqualTo(CallMedia.Purpose.RINGBACK);
    RecordingMedia.Step machine = media.await("switch", WAIT);
    assertThat(machine.purpose()).isEqualTo(CallMedia.Purpose.VOICEMAIL);
    events.awaitCall(CallState.VOICEMAIL, WAIT);
    assertThat(SipProbe.statusOf(caller.request("BYE", 3, null, ""))).isEqualTo(200);
    assertThat(events.awaitEnd(caller.callId, WAIT).outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(events.statesOf(caller.callId))
        .containsSubsequence(
            CallState.SCREENING,
            CallState.CONNECTING,
            CallState.CHALLENGE,
            CallState.RINGING,
            CallState.VOICEMAIL,
            CallState.ENDED);
  }

  @Test
  void theRightDigitByRtpAndAnswerConnectsLiveOnTheSameLeg() throws Exception {
    ProbeCaller caller = start(challenge(false, Duration.ofSeconds(20)), CallSettings.defaults());
    caller.inviteAnswered();
    media.await("start", WAIT);
    events.awaitCall(CallState.CHALLENGE, WAIT);

    media.pressKey(caller.callId, '5');
    // the same key press also arrives as INFO: it must not count again
    assertThat(SipProbe.statusOf(caller.info(2, "application/dtmf", "5"))).isEqualTo(200);

    assertThat(nextChallenge().via()).contains("rfc4733");
    events.awaitCall(CallState.RINGING, WAIT);
    assertThat(agent.answer(caller.callId)).isTrue();
    events.awaitCall(CallState.ACTIVE, WAIT);
    media.await("switch", WAIT); // ringback
    assertThat(media.await("switch", WAIT).purpose()).isEqualTo(CallMedia.Purpose.LIVE);
    assertThat(SipProbe.statusOf(caller.request("BYE", 3, null, ""))).isEqualTo(200);
    assertThat(events.awaitEnd(caller.callId, WAIT).outcome()).contains(CallOutcome.ANSWERED);
    assertThat(challenges).as("counted once").isEmpty();
  }

  @Test
  void aWrongDigitWithHangupConfiguredEndsTheCallWithBye() throws Exception {
    ProbeCaller caller = start(challenge(true, Duration.ofSeconds(20)), CallSettings.defaults());
    caller.inviteAnswered();
    events.awaitCall(CallState.CHALLENGE, WAIT);

    assertThat(SipProbe.statusOf(caller.info(2, "application/dtmf", "3"))).isEqualTo(200);

    ChallengeEvent wrong = nextChallenge();
    assertThat(wrong.step()).isEqualTo(ChallengeEvent.Step.WRONG_DIGIT);
    assertThat(wrong.digit()).contains('3');
    caller.awaitRequestAndOk("BYE", WAIT);
    assertThat(events.awaitEnd(caller.callId, WAIT).outcome()).contains(CallOutcome.REJECTED);
  }

  @Test
  void noDigitGoesToTheMachineAndMalformedInfoIsIgnored() throws Exception {
    ProbeCaller caller = start(challenge(false, Duration.ofMillis(1500)), CallSettings.defaults());
    caller.inviteAnswered();
    events.awaitCall(CallState.CHALLENGE, WAIT);

    assertThat(SipProbe.statusOf(caller.info(2, "application/dtmf-relay", "Signal=X\r\n")))
        .isEqualTo(400);

    assertThat(nextChallenge().step()).isEqualTo(ChallengeEvent.Step.NO_DIGIT);
    RecordingMedia.Step machine = media.await("switch", WAIT);
    assertThat(machine.purpose()).isEqualTo(CallMedia.Purpose.VOICEMAIL);
    assertThat(machine.greeting()).as("the greeting in the caller's language").isEqualTo("en");
    events.awaitCall(CallState.VOICEMAIL, WAIT);
    assertThat(SipProbe.statusOf(caller.request("BYE", 3, null, ""))).isEqualTo(200);
    assertThat(events.awaitEnd(caller.callId, WAIT).outcome()).contains(CallOutcome.VOICEMAIL);
  }

  @Test
  void aFaxToneFailsTheChallenge() throws Exception {
    ProbeCaller caller = start(challenge(false, Duration.ofSeconds(20)), CallSettings.defaults());
    caller.inviteAnswered();
    media.await("start", WAIT);
    events.awaitCall(CallState.CHALLENGE, WAIT);

    media.hearFax(caller.callId);

    assertThat(nextChallenge().step()).isEqualTo(ChallengeEvent.Step.FAX_TONE);
    assertThat(media.await("switch", WAIT).purpose()).isEqualTo(CallMedia.Purpose.VOICEMAIL);
    assertThat(events.awaitCall(CallState.VOICEMAIL, WAIT).reason()).contains("fax tone");
    assertThat(SipProbe.statusOf(caller.request("BYE", 2, null, ""))).isEqualTo(200);
  }

  @Test
  void aCallerHangingUpMidChallengeIsReported() throws Exception {
    ProbeCaller caller = start(challenge(false, Duration.ofSeconds(20)), CallSettings.defaults());
    caller.inviteAnswered();
    events.awaitCall(CallState.CHALLENGE, WAIT);

    assertThat(SipProbe.statusOf(caller.request("BYE", 2, null, ""))).isEqualTo(200);

    assertThat(nextChallenge().step()).isEqualTo(ChallengeEvent.Step.HUNG_UP);
    CallEvent end = events.awaitEnd(caller.callId, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.CANCELLED);
    assertThat(end.reason()).contains("hung up during the challenge");
  }

  @Test
  void passingWhileTheUserTalksAppliesTheBusyAction() throws Exception {
    ProbeCaller caller = start(challenge(false, Duration.ofSeconds(20)), CallSettings.defaults());
    policy.on("+4930999888", new CallDisposition.Ring("a friend"));
    try (SipProbe other = SipProbe.open()) {
      ProbeCaller friend = new ProbeCaller(other, port, "+4930999888");
      other.send(friend.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), port);
      events.awaitCall(CallState.RINGING, WAIT);
      assertThat(agent.answer(friend.callId)).isTrue();
      String ok = other.awaitMessage(m -> m.startsWith("SIP/2.0 200"), WAIT);
      friend.toTag = ProbeCaller.group(ok, "(?m)^To: .*;tag=([^;\\s]+)");
      friend.target = ProbeCaller.group(ok, "(?m)^Contact: <([^>]+)>");
      other.send(friend.message("ACK", 1, null, ""), port);
      events.awaitCall(CallState.ACTIVE, WAIT);

      caller.inviteAnswered();
      events.awaitCall(CallState.CHALLENGE, WAIT);
      assertThat(SipProbe.statusOf(caller.info(2, "application/dtmf", "5"))).isEqualTo(200);

      assertThat(nextChallenge().step()).isEqualTo(ChallengeEvent.Step.PASSED);
      CallEvent machine =
          events.awaitCall(
              e -> e.callId().equals(caller.callId) && e.state() == CallState.VOICEMAIL,
              WAIT,
              "the challenged call goes to the machine");
      assertThat(machine.reason()).contains("user busy");
      assertThat(events.statesOf(caller.callId)).doesNotContain(CallState.RINGING);
    }
  }

  @Test
  void theInterceptIsEarlyMediaThenTheFinalStatus() throws Exception {
    ProbeCaller caller =
        start(
            new CallDisposition.Intercept(404, "de", Duration.ofMillis(700), "robot range"),
            CallSettings.defaults());

    caller.probe.send(caller.message("INVITE", 1, "application/sdp", ProbeCaller.SDP), port);
    String progress = probe.awaitMessage(m -> m.startsWith("SIP/2.0 183"), WAIT);
    assertThat(progress).contains("m=audio").contains("application/sdp");
    RecordingMedia.Step started = media.await("start", WAIT);
    assertThat(started.purpose()).isEqualTo(CallMedia.Purpose.INTERCEPT);
    assertThat(started.greeting()).isEqualTo("de");
    String last = probe.awaitMessage(m -> m.startsWith("SIP/2.0 4"), WAIT);

    assertThat(SipProbe.statusOf(last)).isEqualTo(404);
    assertThat(events.awaitEnd(caller.callId, WAIT).outcome()).contains(CallOutcome.REJECTED);
    assertThat(events.statesOf(caller.callId)).doesNotContain(CallState.RINGING);
  }
}
