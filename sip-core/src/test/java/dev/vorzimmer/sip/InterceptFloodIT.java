package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A robot range calls (SIPp, several calls, each intercepted with 183 + early media for seconds,
 * then 404) while a contact calls (SIPp): the intercepts outnumber the call limit, yet the
 * contact's INVITE rings (180), because intercepts have their own slots.
 */
class InterceptFloodIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String ROBOT = "+4921155599";
  private static final int ROBOT_CALLS = 4;

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

  private SippCaller caller(String number, String dir) {
    return new SippCaller(work.resolve(dir))
        .calling("vorzimmer")
        .from(number, "")
        .timeoutSeconds(15);
  }

  @Test
  void aContactRingsWhileMoreInterceptsPlayThanTheCallLimitAllows() throws Exception {
    policy.on(
        ROBOT, new CallDisposition.Intercept(404, "de", Duration.ofSeconds(5), "robot range"));
    policy.on("+4930555111", new CallDisposition.Ring("a contact"));
    agent =
        new SipAgent(
            new SipSettings("127.0.0.1", port, Optional.empty()),
            CallSettings.defaults()
                .withMaxCalls(2)
                .withOverloadLimits(ROBOT_CALLS, 50, Duration.ofSeconds(10)),
            policy,
            media,
            AgentFixtures.FAST_CALLS);
    agent.addListener(events);
    agent.start();
    events.await(RegistrationState.LOCAL_LINE, WAIT);

    List<SippRun> robots = new ArrayList<>();
    try {
      for (int i = 0; i < ROBOT_CALLS; i++) {
        // one after the other: a call waiting for its decision holds a call slot until then
        robots.add(
            caller(ROBOT, "robot" + i).expectEarlyMediaThenStatus(404).start("127.0.0.1", port));
        assertThat(media.await("start", WAIT).purpose()).isEqualTo(CallMedia.Purpose.INTERCEPT);
      }

      SippResult contact =
          caller("+4930555111", "contact").expectRingThenCancelAfter(200).callTo("127.0.0.1", port);

      assertThat(contact.allCallsSucceeded()).as(contact::toString).isTrue();
      for (SippRun robot : robots) {
        SippResult done = robot.await();
        assertThat(done.allCallsSucceeded()).as(done::toString).isTrue();
      }
    } finally {
      robots.forEach(SippRun::close);
    }
  }
}
