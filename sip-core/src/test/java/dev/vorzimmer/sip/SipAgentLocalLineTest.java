package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.SipProbe;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The agent without an account, on real UDP sockets on 127.0.0.1. */
class SipAgentLocalLineTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @Test
  void withoutAccountTheAgentIsALocalLineReachableAtItsUri() throws Exception {
    int port = FreePorts.udpAndTcp();
    RecordingSipAgentListener events = new RecordingSipAgentListener();
    try (SipAgent agent = new SipAgent(new SipSettings("127.0.0.1", port, Optional.empty()))) {
      agent.addListener(events);
      assertThat(agent.registration().state()).isEqualTo(RegistrationState.UNREGISTERED);

      agent.start();

      RegistrationEvent local = events.await(RegistrationState.LOCAL_LINE, TIMEOUT);
      assertThat(agent.localUri()).isEqualTo("sip:vorzimmer@127.0.0.1:" + port);
      assertThat(local.aor()).isEqualTo(agent.localUri());
      assertThat(agent.registration()).isEqualTo(local);
    }
  }

  @Test
  void onTheWildcardTheLocalLineUriIsARealAddressOfThisMachineThatAnswers() throws Exception {
    assertLocalLineOnWildcardIsDialable("0.0.0.0");
  }

  @Test
  void onTheIpv6WildcardToo() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(ipv6Works(), "this machine has no IPv6 loopback");
    assertLocalLineOnWildcardIsDialable("::");
  }

  private static void assertLocalLineOnWildcardIsDialable(String wildcard) throws Exception {
    int port = FreePorts.udpAndTcp();
    RecordingSipAgentListener events = new RecordingSipAgentListener();
    try (SipAgent agent = new SipAgent(new SipSettings(wildcard, port, Optional.empty()))) {
      agent.addListener(events);
      agent.start();

      RegistrationEvent local = events.await(RegistrationState.LOCAL_LINE, TIMEOUT);
      String host = agent.localUri().replaceAll("^sip:vorzimmer@|:" + port + "$", "");
      InetAddress address = InetAddress.getByName(host.replaceAll("[\\[\\]]", ""));
      assertThat(address.isAnyLocalAddress()).as(agent.localUri()).isFalse();
      assertThat(host).doesNotContain("0:0:0:0:0:0:0:0").isNotEqualTo("[::]");
      assertThat(local.reason()).contains("reachable at sip:vorzimmer@" + host + ":" + port);
      assertThat(optionsAnswer(agent.localUri(), host, new InetSocketAddress(address, port)))
          .startsWith("SIP/2.0 200");
    }
  }

  private static boolean ipv6Works() {
    try (DatagramSocket probe =
        new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Sends an OPTIONS from a socket on the advertised address to it, as a phone dialling the URI
   * would.
   */
  private static String optionsAnswer(String uri, String host, InetSocketAddress to)
      throws IOException {
    try (DatagramSocket phone = new DatagramSocket(0, to.getAddress())) {
      phone.setSoTimeout((int) TIMEOUT.toMillis());
      String options =
          "OPTIONS "
              + uri
              + " SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP "
              + host
              + ":"
              + phone.getLocalPort()
              + ";branch=z9hG4bKwild1;rport\r\n"
              + "From: <sip:probe@"
              + host
              + ">;tag=p1\r\nTo: <"
              + uri
              + ">\r\n"
              + "Call-ID: wild1@probe\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n"
              + "Content-Length: 0\r\n\r\n";
      byte[] bytes = options.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      phone.send(new java.net.DatagramPacket(bytes, bytes.length, to));
      java.net.DatagramPacket answer = new java.net.DatagramPacket(new byte[4096], 4096);
      phone.receive(answer);
      return new String(
          answer.getData(), 0, answer.getLength(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void answersOptionsWithAllowKnownMethodsWith405AndUnknownOnesWith501() throws Exception {
    int port = FreePorts.udpAndTcp();
    try (SipAgent agent = new SipAgent(new SipSettings("127.0.0.1", port, Optional.empty()));
        SipProbe probe = SipProbe.open()) {
      agent.start();
      String uri = "sip:vorzimmer@127.0.0.1:" + port;

      String options = probe.request("OPTIONS", port, uri, TIMEOUT);
      String message = probe.request("MESSAGE", port, uri, TIMEOUT);
      String register = probe.request("REGISTER", port, uri, TIMEOUT);
      String unknown = probe.request("FROBNICATE", port, uri, TIMEOUT);

      assertThat(SipProbe.statusOf(options)).isEqualTo(200);
      assertThat(allowed(options))
          .containsExactlyInAnyOrder("INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "INFO");
      assertThat(SipProbe.statusOf(message)).isEqualTo(405);
      assertThat(allowed(message)).contains("INVITE").doesNotContain("MESSAGE");
      assertThat(SipProbe.statusOf(register)).isEqualTo(405);
      assertThat(SipProbe.statusOf(unknown)).isEqualTo(501);
      assertThat(allowed(unknown)).contains("INVITE", "BYE");
    }
  }

  /** The methods of all Allow headers of a response. */
  private static java.util.List<String> allowed(String response) {
    return response
        .lines()
        .filter(l -> l.regionMatches(true, 0, "Allow:", 0, 6))
        .flatMap(l -> java.util.Arrays.stream(l.substring(6).split(",")))
        .map(String::strip)
        .toList();
  }

  @Test
  void commandsForUnknownCallsAreRefusedAndNumbersNeedAnAccount() throws Exception {
    try (SipAgent agent =
        new SipAgent(new SipSettings("127.0.0.1", FreePorts.udpAndTcp(), Optional.empty()))) {
      assertThat(agent.hangUp("no-such-call")).as("before start").isFalse();
      agent.start();

      assertThat(agent.hangUp("no-such-call")).isFalse();
      assertThat(agent.answer("no-such-call")).isFalse();
      assertThat(agent.calls()).isEmpty();
      assertThatThrownBy(() -> agent.decline("no-such-call", 200))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> agent.call("+4930123456")).hasMessageContaining("local line");
    }
  }

  @Test
  void aTakenPortFailsStartWithAClearMessage() throws Exception {
    int port = FreePorts.udpAndTcp();
    try (DatagramSocket squatter =
            new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        SipAgent agent = new SipAgent(new SipSettings("127.0.0.1", port, Optional.empty()))) {
      assertThat(squatter.getLocalPort()).isEqualTo(port);

      assertThatThrownBy(agent::start)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("127.0.0.1:" + port);
    }
  }

  @Test
  void aFailingListenerDoesNotKeepOthersFromTheirEvents() throws Exception {
    RecordingSipAgentListener events = new RecordingSipAgentListener();
    try (SipAgent agent =
        new SipAgent(new SipSettings("127.0.0.1", FreePorts.udpAndTcp(), Optional.empty()))) {
      agent.addListener(
          new SipAgentListener() {
            @Override
            public void onRegistration(RegistrationEvent event) {
              throw new IllegalStateException("listener bug");
            }
          });
      agent.addListener(events);

      agent.start();

      events.await(RegistrationState.LOCAL_LINE, TIMEOUT);
    }
  }

  @Test
  void reRegisterBeforeStartIsRejected() {
    SipAgent agent = new SipAgent(new SipSettings("127.0.0.1", 5060, Optional.empty()));

    assertThatThrownBy(agent::reRegister).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void invalidSettingsAreRejectedInTheConstructorOfTheRecord() {
    assertThatThrownBy(() -> new SipSettings("127.0.0.1", 0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listenPort");
    assertThatThrownBy(() -> new SipSettings(" ", 5060, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listenHost");
  }
}
