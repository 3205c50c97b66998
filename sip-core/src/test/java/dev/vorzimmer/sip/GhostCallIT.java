package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.sip.AgentFixtures.account;
import static dev.vorzimmer.sip.AgentFixtures.callAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Ghost calls: INVITEs that do not come through our provider never ring and never reach the policy. */
class GhostCallIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 1);

    @TempDir
    Path work;

    private final RecordingSipAgentListener events = new RecordingSipAgentListener();
    private final ScriptedPolicy policy = new ScriptedPolicy();

    private SippCaller caller() {
        return new SippCaller(work.resolve("sipp")).calling(USER).from("+4930123456", "Scanner").timeoutSeconds(15);
    }

    @Test
    void anInviteStraightToTheAgentWhileRegisteredIsRefusedWith403AndReported() throws Exception {
        try (SipAgent agent = callAgent(account(kamailio.process(), PASSWORD, Transport.UDP, 60),
                CallSettings.defaults(), policy, CallMedia.NONE, events)) {
            agent.start();
            events.await(RegistrationState.REGISTERED, WAIT);

            SippResult result = caller().expectStatus(403).callTo("127.0.0.1", AgentFixtures.portOf(agent));

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
    void onALocalLineDirectCallsAreScreenedAndRing() throws Exception {
        int port = FreePorts.udpAndTcp();
        try (SipAgent agent = new SipAgent(new SipSettings("127.0.0.1", port, Optional.empty()),
                CallSettings.defaults(), policy, CallMedia.NONE)) {
            agent.addListener(events);
            agent.start();

            SippResult result = caller().calling("vorzimmer").expectRingThenCancelAfter(200)
                    .callTo("127.0.0.1", port);

            assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
            assertThat(events.awaitCall(CallState.ENDED, WAIT).outcome()).contains(CallOutcome.MISSED);
            assertThat(policy.asked()).hasSize(1);
        }
    }
}
