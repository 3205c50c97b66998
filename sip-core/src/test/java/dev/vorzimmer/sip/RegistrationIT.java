package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.sip.AgentFixtures.account;
import static dev.vorzimmer.sip.AgentFixtures.agent;
import static dev.vorzimmer.sip.AgentFixtures.portOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.SipProbe;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registration against a real Kamailio registrar with digest auth on 127.0.0.1. */
class RegistrationIT {

  private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 1);

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();

  @Test
  void registersOverUdpAndKamailioKnowsOurContact() throws Exception {
    KamailioProcess registrar = kamailio.process();
    try (SipAgent agent = agent(account(registrar, PASSWORD, Transport.UDP, 60), events)) {
      agent.start();

      RegistrationEvent registered = events.await(RegistrationState.REGISTERED, TWO_SECONDS);

      assertThat(registered.aor()).isEqualTo("sip:alice@vorzimmer.test");
      assertThat(registered.expiresSeconds()).isBetween(1, 60);
      assertThat(agent.registration().state()).isEqualTo(RegistrationState.REGISTERED);
      assertThat(registrar.contactsOf(USER))
          .anySatisfy(c -> assertThat(c).startsWith(agent.localUri()));
    }
  }

  @Test
  void registersOverTcp() throws Exception {
    KamailioProcess registrar = kamailio.process();
    try (SipAgent agent = agent(account(registrar, PASSWORD, Transport.TCP, 60), events)) {
      agent.start();

      events.await(RegistrationState.REGISTERED, TWO_SECONDS);

      assertThat(registrar.contactsOf(USER))
          .anySatisfy(c -> assertThat(c).startsWith(agent.localUri()).contains("transport=tcp"));
      assertThat(
              registrar.awaitLogLine(Pattern.compile("VZ-REQ REGISTER .*proto=tcp"), TWO_SECONDS))
          .isTrue();
      assertThat(registrar.countLogLines(Pattern.compile("VZ-REQ REGISTER .*proto=udp"))).isZero();
    }
  }

  @Test
  void wrongPasswordFailsFastWithoutRetryStorm() throws Exception {
    KamailioProcess registrar = kamailio.process();
    try (SipAgent agent = agent(account(registrar, "wrong-password", Transport.UDP, 60), events)) {
      agent.start();

      RegistrationEvent failed = events.await(RegistrationState.AUTH_FAILED, TWO_SECONDS);

      assertThat(failed.reason()).startsWith("authentication failed: 401");
      assertThat(failed.reason()).doesNotContain("wrong-password");
      boolean fourthRegister =
          registrar.awaitLogLines(KamailioProcess.REGISTER_RECEIVED, 4, TWO_SECONDS);
      assertThat(fourthRegister).as("a 4th REGISTER after AUTH_FAILED").isFalse();
      assertThat(registrar.countLogLines(KamailioProcess.REGISTER_RECEIVED)).isBetween(1, 3);
      assertThat(events.events())
          .extracting(RegistrationEvent::state)
          .doesNotContain(RegistrationState.RETRYING, RegistrationState.REGISTERED);
      assertThat(registrar.contactsOf(USER)).isEmpty();
    }
  }

  @Test
  void savingTheRightPasswordRegistersWithoutARestartAndALocalLineUnregisters() throws Exception {
    KamailioProcess registrar = kamailio.process();
    try (SipAgent agent = agent(account(registrar, "wrong-password", Transport.UDP, 60), events)) {
      agent.start();
      events.await(RegistrationState.AUTH_FAILED, TWO_SECONDS);
      String uri = agent.localUri();
      SipSettings fixed =
          new SipSettings(
              "127.0.0.1",
              portOf(agent),
              java.util.Optional.of(account(registrar, PASSWORD, Transport.UDP, 60)));

      agent.reconfigure(fixed, TWO_SECONDS);

      events.await(RegistrationState.REGISTERED, TWO_SECONDS);
      assertThat(registrar.contactsOf(USER)).anySatisfy(c -> assertThat(c).startsWith(uri));

      agent.reconfigure(
          new SipSettings("127.0.0.1", portOf(agent), java.util.Optional.empty()), TWO_SECONDS);

      events.await(RegistrationState.LOCAL_LINE, TWO_SECONDS);
      assertThat(registrar.contactsOf(USER)).isEmpty();
      assertThat(agent.registration().state()).isEqualTo(RegistrationState.LOCAL_LINE);
    }
  }

  @Test
  void refreshesBeforeTheRegistrationExpires() throws Exception {
    KamailioProcess registrar = kamailio.process();
    try (SipAgent agent = agent(account(registrar, PASSWORD, Transport.UDP, 4), events)) {
      agent.start();
      RegistrationEvent first = events.await(RegistrationState.REGISTERED, TWO_SECONDS);
      int afterFirst = events.size();

      RegistrationEvent refreshed =
          events.awaitFrom(
              afterFirst,
              e -> e.state() == RegistrationState.REGISTERED,
              Duration.ofSeconds(first.expiresSeconds()),
              "a refreshed REGISTERED before expiry");

      assertThat(refreshed.expiresSeconds()).isEqualTo(4);
      assertThat(registrar.awaitLogLines(KamailioProcess.REGISTER_ACCEPTED, 2, TWO_SECONDS))
          .as("Kamailio logged two accepted REGISTERs")
          .isTrue();
      assertThat(events.events().subList(afterFirst, events.size()))
          .extracting(RegistrationEvent::state)
          .containsOnly(RegistrationState.REGISTERED);
      assertThat(registrar.contactsOf(USER)).hasSize(1);
    }
  }

  @Test
  void cleanShutdownRemovesOurContact() throws Exception {
    KamailioProcess registrar = kamailio.process();
    SipAgent agent = agent(account(registrar, PASSWORD, Transport.UDP, 60), events);
    try (agent) {
      agent.start();
      events.await(RegistrationState.REGISTERED, TWO_SECONDS);
      assertThat(registrar.contactsOf(USER)).isNotEmpty();

      agent.shutdown(TWO_SECONDS);
    }

    RegistrationEvent last = events.await(RegistrationState.UNREGISTERED, Duration.ZERO);
    assertThat(last.reason()).isEqualTo("unregistered");
    assertThat(registrar.contactsOf(USER)).isEmpty();
  }

  @Test
  void optionsKeepAliveNoticesKamailioKilledAndRegistersAfterRestart() throws Exception {
    // 60 s: no refresh during the test, so only the OPTIONS keep-alive (every 1 s) can notice the
    // kill
    assertRetriesWhileKilledAndRegistersAfterRestart(Transport.UDP, 60);
  }

  @Test
  void crlfKeepAliveNoticesKamailioKilledOverTcpAndRegistersAfterRestart() throws Exception {
    // 30 s: no refresh during the test; the CRLF keep-alive or the lost connection must notice the
    // kill
    assertRetriesWhileKilledAndRegistersAfterRestart(Transport.TCP, 30);
  }

  private void assertRetriesWhileKilledAndRegistersAfterRestart(Transport transport, int expires)
      throws Exception {
    KamailioProcess registrar = kamailio.process();
    try (SipAgent agent = agent(account(registrar, PASSWORD, transport, expires), events)) {
      agent.start();
      events.await(RegistrationState.REGISTERED, TWO_SECONDS);

      registrar.kill();
      RegistrationEvent retrying = events.await(RegistrationState.RETRYING, Duration.ofSeconds(15));
      assertThat(retrying.retryIn()).isPresent();
      int afterRetrying = events.size();
      registrar.restart();

      events.awaitFrom(
          afterRetrying,
          e -> e.state() == RegistrationState.REGISTERED,
          Duration.ofSeconds(5),
          "REGISTERED after restart");
      assertThat(registrar.contactsOf(USER))
          .anySatisfy(c -> assertThat(c).startsWith(agent.localUri()));
    }
  }

  @Test
  void registrarRestartedQuicklyForgetsUsAndWeRegisterAgain() throws Exception {
    KamailioProcess registrar = kamailio.process();
    try (SipAgent agent = agent(account(registrar, PASSWORD, Transport.UDP, 4), events)) {
      agent.start();
      events.await(RegistrationState.REGISTERED, TWO_SECONDS);
      assertThat(registrar.awaitLogLine(KamailioProcess.REGISTER_ACCEPTED, TWO_SECONDS)).isTrue();
      int acceptedBefore = registrar.countLogLines(KamailioProcess.REGISTER_ACCEPTED);

      registrar.restart();
      int afterRestart = events.size();

      events.awaitFrom(
          afterRestart,
          e -> e.state() == RegistrationState.REGISTERED,
          Duration.ofSeconds(5),
          "REGISTERED after restart");
      assertThat(
              registrar.awaitLogLines(
                  KamailioProcess.REGISTER_ACCEPTED, acceptedBefore + 1, TWO_SECONDS))
          .as("a REGISTER accepted by the restarted Kamailio")
          .isTrue();
      assertThat(registrar.contactsOf(USER))
          .anySatisfy(c -> assertThat(c).startsWith(agent.localUri()));
    }
  }

  @Test
  void optionsFromTheTrunkReachTheRegisteredAgentWhichAnswersWithAllow() throws Exception {
    KamailioProcess registrar = kamailio.process();
    try (SipAgent agent = agent(account(registrar, PASSWORD, Transport.UDP, 60), events);
        SipProbe caller = SipProbe.open()) {
      agent.start();
      events.await(RegistrationState.REGISTERED, TWO_SECONDS);

      String response =
          caller.request(
              "OPTIONS",
              registrar.trunkPort(),
              "sip:alice@127.0.0.1:" + registrar.trunkPort(),
              TWO_SECONDS);

      assertThat(SipProbe.statusOf(response)).isEqualTo(200);
      assertThat(response).containsPattern("(?i)Allow: [A-Z,]*OPTIONS");
    }
  }

  @Test
  void aRetryAfterFromTheRegistrarIsHonoured() throws Exception {
    KamailioProcess registrar = kamailio.process();
    AccountConfig busy =
        new AccountConfig(
            "busy",
            registrar.domain(),
            "127.0.0.1",
            registrar.sipPort(),
            PASSWORD,
            Transport.UDP,
            60);
    try (SipAgent agent = agent(busy, events)) {
      agent.start();

      RegistrationEvent first = events.await(RegistrationState.RETRYING, TWO_SECONDS);

      assertThat(first.reason()).contains("503");
      assertThat(first.retryIn())
          .as("Retry-After: 3 beats the 200 ms back-off")
          .contains(Duration.ofSeconds(3));
      assertThat(registrar.awaitLogLines(KamailioProcess.REGISTER_RECEIVED, 2, TWO_SECONDS))
          .as("a second REGISTER before the 3 s are up")
          .isFalse();
    }
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoff() throws Exception {
    KamailioProcess registrar = kamailio.process();
    AccountConfig unavailable =
        new AccountConfig(
            "unavailable",
            registrar.domain(),
            "127.0.0.1",
            registrar.sipPort(),
            PASSWORD,
            Transport.UDP,
            60);
    try (SipAgent agent = agent(unavailable, events)) {
      agent.start();

      RegistrationEvent first = events.await(RegistrationState.RETRYING, TWO_SECONDS);
      RegistrationEvent second =
          events.awaitFrom(
              events.events().indexOf(first) + 1,
              e -> e.state() == RegistrationState.RETRYING,
              TWO_SECONDS,
              "a second RETRYING");

      assertThat(first.reason()).contains("503");
      assertThat(first.retryIn()).contains(Duration.ofMillis(200));
      assertThat(second.retryIn()).contains(Duration.ofMillis(400));
      assertThat(registrar.awaitLogLines(KamailioProcess.REGISTER_RECEIVED, 2, TWO_SECONDS))
          .isTrue();
    }
  }
}
