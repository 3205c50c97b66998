package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.sip.AgentFixtures.account;
import static dev.vorzimmer.sip.AgentFixtures.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.KamailioProcess;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A registrar whose min_expires is above what we ask for answers 423; we retry with its
 * Min-Expires.
 */
class MinExpiresIT {

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 120);

  @Test
  void retriesWithTheRegistrarsMinExpires() throws Exception {
    KamailioProcess registrar = kamailio.process();
    RecordingSipAgentListener events = new RecordingSipAgentListener();
    try (SipAgent agent = agent(account(registrar, PASSWORD, Transport.UDP, 10), events)) {
      agent.start();

      RegistrationEvent registered =
          events.await(RegistrationState.REGISTERED, Duration.ofSeconds(2));

      assertThat(registered.expiresSeconds()).isEqualTo(120);
      assertThat(
              registrar.awaitLogLine(
                  Pattern.compile("VZ-REQ REGISTER .*expires=10\\b"), Duration.ofSeconds(2)))
          .as("Kamailio logged the REGISTER asking for 10 s")
          .isTrue();
      Pattern accepted = Pattern.compile("VZ-REGISTER-OK .*expires=120\\b");
      assertThat(registrar.awaitLogLine(accepted, Duration.ofSeconds(2))).isTrue();
      assertThat(registrar.countLogLines(accepted)).isEqualTo(1);
      assertThat(registrar.contactsOf(USER)).hasSize(1);
    }
  }
}
