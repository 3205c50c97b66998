package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.sip.AgentFixtures.account;
import static dev.vorzimmer.sip.AgentFixtures.callAgent;
import static dev.vorzimmer.sip.AgentFixtures.portOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.SipProbe;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every RFC 4475 torture message, sent unchanged over UDP to a registered agent. Their Vias point
 * elsewhere, so the answers are not observable here; what must hold afterwards: the agent is alive
 * and registered, answers OPTIONS, never asked the policy about a torture INVITE (none came from
 * the registrar) and screens a real call.
 */
class TortureIT {

  private static final String TORTURE = "/dev/vorzimmer/testsupport/torture/";
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 1);

  @TempDir Path work;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final ScriptedPolicy policy = new ScriptedPolicy();

  @Test
  void theAgentSurvivesEveryTortureMessageAndStillScreensARealCall() throws Exception {
    policy.on("+4930123456", new CallDisposition.Reject(603, "after the torture"));
    try (SipAgent agent =
            callAgent(
                account(kamailio.process(), PASSWORD, Transport.UDP, 60),
                CallSettings.defaults(),
                policy,
                CallMedia.NONE,
                events);
        DatagramSocket attacker =
            new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        SipProbe probe = SipProbe.open()) {
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);
      int port = portOf(agent);

      List<String> files = tortureFiles();
      for (String file : files) {
        byte[] message = read(file);
        attacker.send(
            new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), port));
      }

      String options = probe.request("OPTIONS", port, "sip:" + USER + "@127.0.0.1:" + port, WAIT);
      assertThat(SipProbe.statusOf(options)).isEqualTo(200);
      assertThat(files).hasSize(50);
      assertThat(agent.registration().state()).isEqualTo(RegistrationState.REGISTERED);
      assertThat(policy.asked()).as("torture INVITEs come from no trusted source").isEmpty();
      assertThat(events.callEvents())
          .as("well-formed torture INVITEs are reported as ghost calls")
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.outcome()).contains(CallOutcome.GHOST));

      SippResult call =
          new SippCaller(work.resolve("sipp"))
              .calling(USER)
              .from("+4930123456", "")
              .expectStatus(603)
              .timeoutSeconds(15)
              .callTo("127.0.0.1", kamailio.process().trunkPort());

      assertThat(call.allCallsSucceeded()).as(call::toString).isTrue();
      assertThat(policy.asked()).extracting(IncomingCall::number).containsExactly("+4930123456");
    }
  }

  private static List<String> tortureFiles() throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : new String(read("SHA256SUMS"), StandardCharsets.US_ASCII).split("\n")) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length == 2 && parts[1].endsWith(".dat")) {
        names.add(parts[1]);
      }
    }
    return names;
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in = TortureIT.class.getResourceAsStream(TORTURE + name)) {
      assertThat(in).as("torture resource %s", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
