package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ProviderTuning;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.KamailioProcess;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Provider settings against a real Kamailio: outbound proxy, auth user, display name, digest realm,
 * refused refresh.
 */
class ProviderIT {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String AUTH_USER = "auth-alice";
  private static final String AUTH_PASSWORD = "auth-pw-77";

  @RegisterExtension
  final KamailioExtension kamailio =
      new KamailioExtension(Map.of(USER, PASSWORD, AUTH_USER, AUTH_PASSWORD), 1);

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();

  private static AccountConfig account(
      KamailioProcess k,
      String registrarHost,
      int registrarPort,
      String password,
      int expires,
      ProviderOptions options) {
    return new AccountConfig(
            USER, k.domain(), registrarHost, registrarPort, password, Transport.UDP, expires)
        .toBuilder().provider(options).build();
  }

  private static ProviderOptions options(
      Optional<ServerAddress> proxy,
      Optional<String> authUser,
      Optional<String> displayName,
      Optional<String> realm) {
    return new ProviderOptions(proxy, authUser, displayName, realm, true);
  }

  private SipAgent agent(AccountConfig account, AgentTuning tuning) {
    SipAgent agent =
        new SipAgent(
            new SipSettings("127.0.0.1", FreePorts.udpAndTcp(), Optional.of(account)),
            CallSettings.defaults(),
            IncomingCallPolicy.RING_ALL,
            CallMedia.NONE,
            tuning);
    agent.addListener(events);
    return agent;
  }

  @Test
  void withAnOutboundProxyEveryRequestGoesThereWithALooseRouteAndTheAuthUserAndDisplayName()
      throws Exception {
    KamailioProcess proxy = kamailio.process();
    int deadRegistrarPort = FreePorts.udpAndTcp();
    AccountConfig account =
        account(
            proxy,
            "127.0.0.1",
            deadRegistrarPort,
            AUTH_PASSWORD,
            60,
            options(
                Optional.of(ServerAddress.of("127.0.0.1", proxy.sipPort())), Optional.of(AUTH_USER),
                Optional.of("Alice Example"), Optional.empty()));
    try (SipAgent agent = agent(account, AgentFixtures.FAST_CALLS)) {
      agent.start();

      RegistrationEvent registered = events.await(RegistrationState.REGISTERED, WAIT);

      assertThat(registered.identity()).isEqualTo("Alice Example <sip:alice@vorzimmer.test>");
      assertThat(proxy.contactsOf(USER))
          .anySatisfy(c -> assertThat(c).startsWith(agent.localUri()));
      String route = "route=<sip:127.0.0.1:" + proxy.sipPort() + ";transport=udp;lr>";
      assertThat(
              proxy.awaitLogLine(
                  Pattern.compile(
                      "VZ-REQ REGISTER from=sip:alice@vorzimmer.test .*"
                          + "fn=\"?Alice Example\"? "
                          + Pattern.quote(route)),
                  WAIT))
          .isTrue();

      String callId = agent.call("sip:nobody@" + proxy.domain());
      CallEvent ended =
          events.awaitCall(
              e -> e.callId().equals(callId) && e.state() == CallState.ENDED,
              WAIT,
              "the call to nobody ended");
      assertThat(ended.reason()).contains("404");
      assertThat(
              proxy.awaitLogLine(
                  Pattern.compile("VZ-REQ INVITE .*fn=\"?Alice Example\"? " + Pattern.quote(route)),
                  WAIT))
          .as("INVITEs loose-routed through the proxy")
          .isTrue();
    }
  }

  @Test
  void aRegistrarChallengeForAnotherRealmThanConfiguredIsNotAnswered() throws Exception {
    KamailioProcess registrar = kamailio.process();
    AccountConfig account =
        account(
            registrar,
            "127.0.0.1",
            registrar.sipPort(),
            PASSWORD,
            60,
            options(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("other.example")));
    try (SipAgent agent = agent(account, AgentFixtures.FAST)) {
      agent.start();

      RegistrationEvent failed = events.await(RegistrationState.AUTH_FAILED, WAIT);

      assertThat(failed.reason())
          .contains("realm \"vorzimmer.test\"", "refused", "[account] realm");
      assertThat(registrar.awaitLogLines(KamailioProcess.REGISTER_RECEIVED, 1, WAIT)).isTrue();
      assertThat(
              registrar.awaitLogLines(KamailioProcess.REGISTER_RECEIVED, 2, Duration.ofSeconds(1)))
          .as("a second REGISTER (with a digest) after the refused challenge")
          .isFalse();
      assertThat(registrar.countLogLines(Pattern.compile("VZ-AUTH-"))).isZero();
    }
  }

  @Test
  void aCalleeSideChallengeForAForeignRealmEndsTheCallWithoutADigest() throws Exception {
    KamailioProcess registrar = kamailio.process();
    AccountConfig account = AgentFixtures.account(registrar, PASSWORD, Transport.UDP, 60);
    try (SipAgent agent = agent(account, AgentFixtures.FAST_CALLS)) {
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);

      String callId = agent.call("sip:foreign-realm-1@" + registrar.domain());
      CallEvent ended =
          events.awaitCall(
              e -> e.callId().equals(callId) && e.state() == CallState.ENDED,
              WAIT,
              "the call to the foreign realm ended");

      assertThat(ended.outcome()).contains(CallOutcome.FAILED);
      assertThat(ended.reason()).contains("407", "elsewhere.test", "refused", "vorzimmer.test");
      assertThat(registrar.awaitLogLines(Pattern.compile("VZ-FOREIGN-REALM"), 1, WAIT)).isTrue();
      assertThat(
              registrar.awaitLogLines(
                  Pattern.compile("VZ-FOREIGN-REALM"), 2, Duration.ofSeconds(1)))
          .as("a second INVITE (with a digest) after the refused challenge")
          .isFalse();
      assertThat(registrar.countLogLines(Pattern.compile("VZ-FOREIGN-REALM auth=Digest"))).isZero();
    }
  }

  @Test
  void aLocalLineNeverAnswersAChallenge() throws Exception {
    KamailioProcess kamailioAsCallee = kamailio.process();
    try (SipAgent agent =
        new SipAgent(
            new SipSettings("127.0.0.1", FreePorts.udpAndTcp(), Optional.empty()),
            CallSettings.defaults(),
            IncomingCallPolicy.RING_ALL,
            CallMedia.NONE,
            AgentFixtures.FAST_CALLS)) {
      agent.addListener(events);
      agent.start();

      String callId = agent.call("sip:nobody@127.0.0.1:" + kamailioAsCallee.sipPort());
      CallEvent ended =
          events.awaitCall(
              e -> e.callId().equals(callId) && e.state() == CallState.ENDED,
              WAIT,
              "the challenged call ended");

      assertThat(ended.outcome()).contains(CallOutcome.FAILED);
      assertThat(ended.reason()).startsWith("407");
      assertThat(kamailioAsCallee.awaitLogLines(Pattern.compile("VZ-REQ INVITE "), 1, WAIT))
          .isTrue();
      assertThat(
              kamailioAsCallee.awaitLogLines(
                  Pattern.compile("VZ-REQ INVITE "), 2, Duration.ofSeconds(1)))
          .as("a second INVITE (with a digest) after the challenge")
          .isFalse();
    }
  }

  @Test
  void aRefreshRefusedForAuthenticationIsRetriedSlowlyAndRegistersOnceThePasswordWorksAgain()
      throws Exception {
    KamailioProcess registrar = kamailio.process();
    Duration authRetry = Duration.ofMillis(1500);
    AgentTuning tuning =
        AgentFixtures.FAST.withProvider(
            new ProviderTuning(
                Duration.ofMillis(300), authRetry, Optional.empty(), Duration.ofMillis(300)));
    try (SipAgent agent =
        agent(AgentFixtures.account(registrar, PASSWORD, Transport.UDP, 2), tuning)) {
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);
      int afterFirst = events.size();

      registrar.setPassword(USER, "changed-pw-1");
      RegistrationEvent retrying =
          events.awaitFrom(
              afterFirst, e -> e.state() == RegistrationState.RETRYING, WAIT, "a refused refresh");

      assertThat(retrying.reason()).startsWith("authentication failed: 401");
      assertThat(retrying.retryIn()).contains(authRetry);
      assertThat(events.events().subList(afterFirst, events.size()))
          .extracting(RegistrationEvent::state)
          .doesNotContain(RegistrationState.AUTH_FAILED);

      int afterRetrying = events.size();
      registrar.setPassword(USER, PASSWORD);
      events.awaitFrom(
          afterRetrying,
          e -> e.state() == RegistrationState.REGISTERED,
          WAIT,
          "registered again after the slow retry");
    }
  }

  @Test
  void aRefreshRefusedWith403IsRetriedSlowlyToo() throws Exception {
    KamailioProcess registrar = kamailio.process();
    Duration authRetry = Duration.ofMillis(1500);
    AgentTuning tuning =
        AgentFixtures.FAST.withProvider(
            new ProviderTuning(
                Duration.ofMillis(300), authRetry, Optional.empty(), Duration.ofMillis(300)));
    try (SipAgent agent =
        agent(AgentFixtures.account(registrar, PASSWORD, Transport.UDP, 2), tuning)) {
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);
      int afterFirst = events.size();

      registrar.removeUser(USER);
      RegistrationEvent retrying =
          events.awaitFrom(
              afterFirst,
              e -> e.state() == RegistrationState.RETRYING,
              WAIT,
              "a refresh refused with 403");

      assertThat(retrying.reason()).isEqualTo("authentication failed: 403 from registrar");
      assertThat(retrying.retryIn()).contains(authRetry);
      int afterRetrying = events.size();
      registrar.setPassword(USER, PASSWORD);
      events.awaitFrom(
          afterRetrying,
          e -> e.state() == RegistrationState.REGISTERED,
          WAIT,
          "registered again once the registrar knows us again");
    }
  }

  @Test
  void theFirstRegistrationsAuthFailureStaysFinal() throws Exception {
    KamailioProcess registrar = kamailio.process();
    AccountConfig account =
        account(
            registrar,
            "127.0.0.1",
            registrar.sipPort(),
            "wrong-pw",
            60,
            options(Optional.empty(), Optional.of(AUTH_USER), Optional.empty(), Optional.empty()));
    try (SipAgent agent = agent(account, AgentFixtures.FAST)) {
      agent.start();

      assertThat(events.await(RegistrationState.AUTH_FAILED, WAIT).reason())
          .startsWith("authentication failed: 401");
      assertThat(registrar.awaitLogLine(Pattern.compile("VZ-AUTH-FAILED user=auth-alice"), WAIT))
          .isTrue();
    }
  }

  static ServerAddress noPort(String host) {
    return new ServerAddress(host, OptionalInt.empty());
  }
}
