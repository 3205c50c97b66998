package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static dev.vorzimmer.testsupport.DnsmasqProcess.host;
import static dev.vorzimmer.testsupport.DnsmasqProcess.srv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ProviderTuning;
import dev.vorzimmer.testsupport.DnsmasqProcess;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registrar found through DNS (RFC 3263) served by a real dnsmasq on loopback: SRV failover to
 * the next target, all targets failing, DNS that comes up late or goes away; and INVITEs from the
 * registrar found that way are not ghosts.
 */
class ProviderDnsIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration DNS_RETRY = Duration.ofMillis(500);
  private static final String SRV_NAME = "_sip._udp." + KamailioProcess.DOMAIN;

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of(USER, PASSWORD), 1);

  @TempDir Path work;

  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final List<DnsmasqProcess> dnsServers = new ArrayList<>();

  @AfterEach
  void stopDns() {
    dnsServers.forEach(DnsmasqProcess::close);
  }

  private DnsmasqProcess dns(int port, List<String> records) throws Exception {
    Path dir = Files.createDirectories(work.resolve("dns-" + dnsServers.size()));
    DnsmasqProcess dns = DnsmasqProcess.start(dir, port, records);
    dnsServers.add(dns);
    return dns;
  }

  /** The account as a user writes it: only the domain, no registrar, no port: DNS decides. */
  private SipAgent agent(int dnsPort) {
    return agent(
        dnsPort,
        new AccountConfig(
                USER,
                KamailioProcess.DOMAIN,
                KamailioProcess.DOMAIN,
                5060,
                PASSWORD,
                Transport.UDP,
                60)
            .toBuilder()
                .provider(
                    new ProviderOptions(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false))
                .build());
  }

  private SipAgent agent(int dnsPort, AccountConfig account) {
    AgentTuning tuning =
        AgentFixtures.FAST_CALLS.withProvider(
            new ProviderTuning(
                DNS_RETRY,
                Duration.ofMinutes(5),
                Optional.of("127.0.0.1:" + dnsPort),
                Duration.ofMillis(200)));
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

  /**
   * A SIPp caller at the provider's trunk: Kamailio relays the INVITE to us from its registrar
   * address.
   */
  private void aCallThroughTheRegistrarRings() throws Exception {
    SippResult result =
        new SippCaller(work.resolve("sipp"))
            .calling(USER)
            .from("+4930123456", "Caller")
            .timeoutSeconds(15)
            .expectRingThenCancelAfter(200)
            .callTo("127.0.0.1", kamailio.process().trunkPort());

    assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
    CallEvent ended = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(ended.outcome()).contains(CallOutcome.MISSED);
  }

  @Test
  void whenTheFirstSrvTargetIsDeadTheNextOneRegistersAndItsCallsAreNotGhosts() throws Exception {
    KamailioProcess registrar = kamailio.process();
    int deadPort = FreePorts.udpAndTcp();
    DnsmasqProcess dns =
        dns(
            FreePorts.udpAndTcp(),
            List.of(
                srv(SRV_NAME, "dead.vorzimmer.test", deadPort, 10, 0),
                srv(SRV_NAME, "live.vorzimmer.test", registrar.sipPort(), 20, 0),
                host("dead.vorzimmer.test", "127.0.0.1"),
                host("live.vorzimmer.test", "127.0.0.1")));
    try (SipAgent agent = agent(dns.port())) {
      agent.start();

      events.await(RegistrationState.REGISTERED, WAIT);

      assertThat(registrar.contactsOf(USER))
          .anySatisfy(c -> assertThat(c).startsWith(agent.localUri()));
      aCallThroughTheRegistrarRings();
    }
  }

  @Test
  void whenDnsGoesAwayAWorkingRegistrationIsRefreshedAtTheLastKnownAddress() throws Exception {
    KamailioProcess registrar = kamailio.process();
    DnsmasqProcess dns =
        dns(
            FreePorts.udpAndTcp(),
            List.of(
                srv(SRV_NAME, "live.vorzimmer.test", registrar.sipPort(), 10, 0),
                host("live.vorzimmer.test", "127.0.0.1")));
    AccountConfig account =
        new AccountConfig(
                USER,
                KamailioProcess.DOMAIN,
                KamailioProcess.DOMAIN,
                5060,
                PASSWORD,
                Transport.UDP,
                2)
            .toBuilder()
                .provider(
                    new ProviderOptions(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false))
                .build();
    try (SipAgent agent = agent(dns.port(), account)) {
      agent.start();
      events.await(RegistrationState.REGISTERED, WAIT);
      int afterFirst = events.size();

      dns.close();

      events.awaitFrom(
          afterFirst,
          e -> e.state() == RegistrationState.REGISTERED,
          WAIT,
          "a refresh without DNS");
      assertThat(events.events().subList(afterFirst, events.size()))
          .extracting(RegistrationEvent::state)
          .containsOnly(RegistrationState.REGISTERED);
    }
  }

  @Test
  void whenEverySrvTargetFailsTheStatusSaysSoAndItKeepsRetrying() throws Exception {
    DnsmasqProcess dns =
        dns(
            FreePorts.udpAndTcp(),
            List.of(
                srv(SRV_NAME, "a.vorzimmer.test", FreePorts.udpAndTcp(), 10, 0),
                srv(SRV_NAME, "b.vorzimmer.test", FreePorts.udpAndTcp(), 20, 0),
                host("a.vorzimmer.test", "127.0.0.1"),
                host("b.vorzimmer.test", "127.0.0.1")));
    try (SipAgent agent = agent(dns.port())) {
      agent.start();

      RegistrationEvent first = events.await(RegistrationState.RETRYING, WAIT);
      assertThat(first.reason()).startsWith("all 2 addresses of vorzimmer.test failed (last: ");
      events.awaitFrom(
          events.events().indexOf(first) + 1,
          e -> e.state() == RegistrationState.RETRYING,
          WAIT,
          "a second round of attempts");
    }
  }

  @Test
  void dnsThatComesUpLateIsRetriedWithAStatusLineThenRegistersAndCallsAreNotGhosts()
      throws Exception {
    KamailioProcess registrar = kamailio.process();
    int dnsPort = FreePorts.udpAndTcp();
    try (SipAgent agent = agent(dnsPort)) {
      agent.start();

      RegistrationEvent retrying = events.await(RegistrationState.RETRYING, WAIT);
      assertThat(retrying.reason()).startsWith("vorzimmer.test does not resolve");
      assertThat(retrying.retryIn()).contains(DNS_RETRY);
      int before = events.size();

      dns(
          dnsPort,
          List.of(
              srv(SRV_NAME, "live.vorzimmer.test", registrar.sipPort(), 10, 0),
              host("live.vorzimmer.test", "127.0.0.1")));

      events.awaitFrom(
          before,
          e -> e.state() == RegistrationState.REGISTERED,
          WAIT,
          "registered once DNS is up");
      aCallThroughTheRegistrarRings();
    }
  }
}
