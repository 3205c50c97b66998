package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.SipProbe;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Call limits and timers on a local line (direct calls from SIPp or a raw UDP peer, no registrar
 * needed).
 */
class CallLimitsIT {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path work;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final ScriptedPolicy policy = new ScriptedPolicy();
  private final RecordingMedia media = new RecordingMedia();
  private final int port = FreePorts.udpAndTcp();
  private SipAgent agent;

  @AfterEach
  void stopAgent() {
    if (agent != null) {
      agent.close();
    }
  }

  private void startAgent(CallSettings settings) throws Exception {
    agent =
        new SipAgent(
            new SipSettings("127.0.0.1", port, Optional.empty()),
            settings,
            policy,
            media,
            AgentFixtures.FAST_CALLS);
    agent.addListener(events);
    agent.start();
  }

  private SippCaller caller(String number) {
    return new SippCaller(work.resolve("sipp"))
        .calling("vorzimmer")
        .from(number, "")
        .timeoutSeconds(15);
  }

  private static void assertSucceeded(SippResult result) {
    assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
  }

  @Test
  void beyondTheCallLimitInvitesGet503() throws Exception {
    startAgent(
        new CallSettings(Duration.ofSeconds(5), BusyAction.VOICEMAIL, java.util.List.of(), 1));

    try (SippRun first =
        caller("+4930100001").expectRingThenCancelAfter(3000).start("127.0.0.1", port)) {
      events.awaitCall(CallState.RINGING, WAIT);

      assertSucceeded(caller("+4930100002").expectStatus(503).callTo("127.0.0.1", port));

      assertSucceeded(first.await());
    }
    assertThat(policy.asked()).extracting(IncomingCall::number).containsExactly("+4930100001");
  }

  @Test
  void withoutAckTheCallIsHungUpAndFails() throws Exception {
    policy.on("+4930100003", new CallDisposition.Voicemail("default", "test"));
    startAgent(CallSettings.defaults());
    try (SipProbe peer = SipProbe.open()) {
      peer.send(invite(peer.port(), "+4930100003"), port);

      String ok = peer.awaitMessage(m -> m.startsWith("SIP/2.0 200"), WAIT);
      String bye = peer.awaitMessage(m -> m.startsWith("BYE "), WAIT);

      assertThat(ok).contains("application/sdp");
      CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
      assertThat(end.outcome()).contains(CallOutcome.FAILED);
      assertThat(end.reason()).contains("no ACK");
      assertThat(bye).contains("Call-ID: " + end.callId());
    }
  }

  @Test
  void weHoldAndResumeAnAnsweredCall() throws Exception {
    startAgent(CallSettings.defaults());

    try (SippRun caller =
        caller("+4930100004").expectAnswerThenHoldAndResumeByCallee().start("127.0.0.1", port)) {
      String callId = events.awaitCall(CallState.RINGING, WAIT).callId();
      agent.answer(callId);
      events.awaitCall(CallState.ACTIVE, WAIT);

      agent.hold(callId, true);
      RecordingMedia.Step held = nextUpdate();
      agent.hold(callId, false);
      RecordingMedia.Step resumed = nextUpdate();

      assertThat(held.plan().sending()).isTrue();
      assertThat(held.plan().receiving()).as("on hold we only send (music/silence)").isFalse();
      assertThat(resumed.plan().receiving()).isTrue();
      assertSucceeded(caller.await());
    }
    assertThat(events.awaitCall(CallState.ENDED, WAIT).outcome()).contains(CallOutcome.ANSWERED);
  }

  @Test
  void aDelayedOfferGetsOurOfferInThe200AndTheAnswerFromTheAck() throws Exception {
    policy.on("+4930100005", new CallDisposition.Voicemail("default", "test"));
    startAgent(CallSettings.defaults());
    try (SipProbe peer = SipProbe.open()) {
      String invite = invite(peer.port(), "+4930100005");
      peer.send(
          invite.substring(0, invite.indexOf("Content-Type:")) + "Content-Length: 0\r\n\r\n", port);

      String ok = peer.awaitMessage(m -> m.startsWith("SIP/2.0 200"), WAIT);
      assertThat(ok).contains("m=audio", "RTP/AVP 0 8 101", "a=sendrecv");
      peer.send(ackFor(invite, ok, peer.port()), port);

      CallEvent taken = events.awaitCall(CallState.VOICEMAIL, WAIT);
      RecordingMedia.Step start = nextStep("start");
      assertThat(start.callId()).isEqualTo(taken.callId());
      assertThat(start.plan().encoding()).isEqualTo("PCMU");
      assertThat(start.plan().remote().getPort()).isEqualTo(40000);
      agent.hangUp(taken.callId());
      assertThat(peer.awaitMessage(m -> m.startsWith("BYE "), WAIT)).contains(taken.callId());
    }
  }

  /** An ACK for the 200 carrying the SDP answer (PCMU) that the INVITE left out. */
  private String ackFor(String invite, String ok, int ourPort) {
    String to = ok.lines().filter(l -> l.startsWith("To:")).findFirst().orElseThrow();
    String callId = invite.lines().filter(l -> l.startsWith("Call-ID:")).findFirst().orElseThrow();
    String sdp = invite.substring(invite.indexOf("\r\n\r\n") + 4);
    return "ACK sip:vorzimmer@127.0.0.1:"
        + port
        + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:"
        + ourPort
        + ";rport;branch=z9hG4bK"
        + UUID.randomUUID()
        + "\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:+4930100005@127.0.0.1:"
        + ourPort
        + ">;tag=raw1\r\n"
        + to
        + "\r\n"
        + callId
        + "\r\n"
        + "CSeq: 1 ACK\r\n"
        + "Content-Type: application/sdp\r\n"
        + "Content-Length: "
        + sdp.length()
        + "\r\n\r\n"
        + sdp;
  }

  private RecordingMedia.Step nextUpdate() throws InterruptedException {
    return nextStep("update");
  }

  private RecordingMedia.Step nextStep(String action) throws InterruptedException {
    while (true) {
      RecordingMedia.Step step = media.steps().poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(step).as("a media %s", action).isNotNull();
      if (step.action().equals(action)) {
        return step;
      }
    }
  }

  private String invite(int ourPort, String number) {
    String sdp =
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
    return "INVITE sip:vorzimmer@127.0.0.1:"
        + port
        + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:"
        + ourPort
        + ";rport;branch=z9hG4bK"
        + UUID.randomUUID()
        + "\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:"
        + number
        + "@127.0.0.1:"
        + ourPort
        + ">;tag=raw1\r\n"
        + "To: <sip:vorzimmer@127.0.0.1:"
        + port
        + ">\r\n"
        + "Call-ID: "
        + UUID.randomUUID()
        + "@127.0.0.1\r\n"
        + "CSeq: 1 INVITE\r\n"
        + "Contact: <sip:raw@127.0.0.1:"
        + ourPort
        + ">\r\n"
        + "Content-Type: application/sdp\r\n"
        + "Content-Length: "
        + sdp.length()
        + "\r\n\r\n"
        + sdp;
  }
}
