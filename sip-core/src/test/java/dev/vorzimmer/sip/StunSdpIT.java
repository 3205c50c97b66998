package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.FAST_CALLS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.internal.StunResponder;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [nat] stun}: the public address a STUN server reports goes into SDP; a silent server is
 * named, not fatal.
 */
class StunSdpIT {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path work;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();

  private SipAgent localLine(int port, int stunPort) {
    ScriptedPolicy policy =
        new ScriptedPolicy().on("+4930222222", new CallDisposition.Voicemail("default", "t"));
    SipAgent agent =
        new SipAgent(
            new SipSettings(
                "0.0.0.0",
                port,
                Optional.empty(),
                Optional.of(new StunServer("127.0.0.1", stunPort))),
            CallSettings.defaults(),
            policy,
            new RecordingMedia(),
            FAST_CALLS);
    agent.addListener(events);
    return agent;
  }

  private SippResult call(int port, String answerPattern) throws Exception {
    SippCaller caller =
        new SippCaller(work.resolve("sipp"))
            .calling("vorzimmer")
            .from("+4930222222", "Caller")
            .timeoutSeconds(15)
            .answerMustMatch(answerPattern)
            .expectAnswerThenHangUpAfter(200);
    return caller.callTo("127.0.0.1", port);
  }

  @Test
  void theAddressStunReportsIsTheSdpAddressOfCalls() throws Exception {
    int port = FreePorts.udpAndTcp();
    InetSocketAddress pub = new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 40_000);
    try (StunResponder stun = StunResponder.answering(pub);
        SipAgent agent = localLine(port, stun.port())) {
      agent.start();
      RegistrationEvent line = events.await(RegistrationState.LOCAL_LINE, WAIT);
      assertThat(line.reason()).doesNotContain("STUN");

      SippResult result = call(port, "c=IN IP4 203\\.0\\.113\\.7");

      assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
    }
  }

  @Test
  void aStunServerThatNeverAnswersIsNamedAndCallsUseTheLocalAddress() throws Exception {
    int port = FreePorts.udpAndTcp();
    try (StunResponder stun = StunResponder.silent();
        SipAgent agent = localLine(port, stun.port())) {
      agent.start();
      RegistrationEvent line = events.await(RegistrationState.LOCAL_LINE, WAIT);

      assertThat(line.reason()).contains("no answer from STUN server 127.0.0.1:" + stun.port());
      assertThat(agent.localUri()).doesNotContain("0.0.0.0");
      String host = agent.localUri().replaceAll("^sip:vorzimmer@|:\\d+$", "").replace(".", "\\.");
      SippResult result = call(port, "c=IN IP4 " + host);
      assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
    }
  }
}
