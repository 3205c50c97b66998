package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.FAST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NAT as the registrar sees it: its answer's top Via says where our REGISTER really came from (RFC
 * 3581 received/rport). A scripted registrar on loopback plays the registrar behind which a NAT
 * rewrote our address.
 */
class ContactRewriteIT {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private final RecordingSipAgentListener events = new RecordingSipAgentListener();

  private SipAgent agent(int registrarPort, int port) {
    AccountConfig account =
        new AccountConfig(
            "alice", "example.test", "127.0.0.1", registrarPort, "pw", Transport.UDP, 60);
    SipAgent agent = new SipAgent(new SipSettings("0.0.0.0", port, Optional.of(account)), FAST);
    agent.addListener(events);
    return agent;
  }

  @Test
  void registersAgainWithThePublicAddressAndRemovesThePrivateContact() throws Exception {
    int port = FreePorts.udpAndTcp();
    try (ScriptedRegistrar registrar = new ScriptedRegistrar(";received=203.0.113.5;rport=40000");
        SipAgent agent = agent(registrar.port(), port)) {
      agent.start();

      String first = registrar.nextRegister(WAIT);
      String second = registrar.nextRegister(WAIT);

      assertThat(first).contains("Contact: <sip:alice@127.0.0.1:" + port + ">").contains(";rport");
      assertThat(second)
          .as("the second REGISTER")
          .isNotNull()
          .contains("<sip:alice@203.0.113.5:40000>")
          .containsPattern("<sip:alice@127.0.0.1:" + port + ">;expires=0")
          .contains("Via: SIP/2.0/UDP 127.0.0.1:" + port);
      events.await(RegistrationState.REGISTERED, WAIT);
      assertThat(agent.localUri()).isEqualTo("sip:alice@203.0.113.5:40000");
      assertThat(registrar.nextRegister(Duration.ofMillis(1500)))
          .as("a third REGISTER while the NAT is stable")
          .isNull();
    }
  }

  @Test
  void aReceivedThatIsNotAnIpIsIgnoredAndSaidInTheRegistrationEvent() throws Exception {
    int port = FreePorts.udpAndTcp();
    try (ScriptedRegistrar registrar =
            new ScriptedRegistrar(";received=sip.example.test;rport=40000");
        SipAgent agent = agent(registrar.port(), port)) {
      agent.start();

      RegistrationEvent registered = events.await(RegistrationState.REGISTERED, WAIT);

      assertThat(registered.reason())
          .contains("received=sip.example.test")
          .contains("not an IP address");
      assertThat(agent.localUri()).isEqualTo("sip:alice@127.0.0.1:" + port);
      assertThat(registrar.nextRegister(WAIT)).isNotNull();
      assertThat(registrar.nextRegister(Duration.ofMillis(1500))).isNull();
    }
  }

  @Test
  void aRegistrarThatAnswersFromAnotherPortStillRegistersUs() throws Exception {
    int port = FreePorts.udpAndTcp();
    try (ScriptedRegistrar registrar = new ScriptedRegistrar(";rport=" + port, true);
        SipAgent agent = agent(registrar.port(), port)) {
      agent.start();

      RegistrationEvent registered = events.await(RegistrationState.REGISTERED, WAIT);

      assertThat(registered.reason()).doesNotContain("note");
      assertThat(agent.localUri()).isEqualTo("sip:alice@127.0.0.1:" + port);
    }
  }

  /**
   * The laptop moves networks while registered: the routing table is scripted (127.0.0.1, then
   * 127.0.0.2); the registrar adds nothing to our Via, so what we advertise is what the client
   * chose.
   */
  @Test
  void aNewLocalAddressIsRegisteredWithinAKeepAliveIntervalAndTheOldContactRemoved()
      throws Exception {
    int port = FreePorts.udpAndTcp();
    java.util.concurrent.atomic.AtomicReference<java.net.InetAddress> route =
        new java.util.concurrent.atomic.AtomicReference<>(
            java.net.InetAddress.getByName("127.0.0.1"));
    try (ScriptedRegistrar registrar = new ScriptedRegistrar(";rport");
        SipAgent agent = agent(registrar.port(), port)) {
      agent.chooseAddressesWith((listen, peer) -> route.get());
      agent.start();
      assertThat(registrar.nextRegister(WAIT))
          .contains("Contact: <sip:alice@127.0.0.1:" + port + ">");
      events.await(RegistrationState.REGISTERED, WAIT);
      int before = events.size();

      route.set(java.net.InetAddress.getByName("127.0.0.2"));

      String moved = registrar.nextRegister(WAIT);
      assertThat(moved)
          .as("a REGISTER after the address changed")
          .isNotNull()
          .contains("Via: SIP/2.0/UDP 127.0.0.2:" + port)
          .contains("<sip:alice@127.0.0.2:" + port + ">")
          .containsPattern("<sip:alice@127.0.0.1:" + port + ">;expires=0");
      RegistrationEvent why =
          events.awaitFrom(
              before, e -> e.state() == RegistrationState.REGISTERING, WAIT, "registering again");
      assertThat(why.reason()).isEqualTo("local address changed from 127.0.0.1 to 127.0.0.2");
      events.awaitFrom(
          before, e -> e.state() == RegistrationState.REGISTERED, WAIT, "registered again");
      assertThat(agent.localUri()).isEqualTo("sip:alice@127.0.0.2:" + port);
    }
  }
}
