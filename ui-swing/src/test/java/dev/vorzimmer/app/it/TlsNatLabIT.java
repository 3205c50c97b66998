package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.NetLab;
import dev.vorzimmer.testsupport.NetLabExtension;
import dev.vorzimmer.testsupport.ReceivedMessage;
import dev.vorzimmer.testsupport.TestPki;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The phone at home behind the lab's NAT router registers over TLS with the provider (Kamailio with
 * TLS on a public address, see {@link NetLab}), and a call from the provider side reaches it over
 * the connection its REGISTER opened: the NAT lets nothing in that the phone did not open, and the
 * phone's TLS listener has no certificate, so that connection (RFC 5923 alias) is the only way.
 */
class TlsNatLabIT {
  private static final TestPki CA = TestPki.create("Vorzimmer Lab CA");

  @RegisterExtension
  final NetLabExtension net = NetLabExtension.withTls(Map.of(LabPhone.USER, LabPhone.PASSWORD), CA);

  private LabPhone p;

  @AfterEach
  void stop() {
    if (p != null) {
      p.close();
    }
  }

  @Test
  void registersOverTlsThroughTheNatAndGetsItsCallOverThatConnection() throws Exception {
    p = LabPhone.createTls(net, CA);
    p.start();

    List<ReceivedMessage> registers =
        net.kamailio().receivedMessages().stream()
            .filter(m -> m.firstLine().startsWith("REGISTER "))
            .toList();
    assertThat(registers).as(p::transcript).isNotEmpty();
    assertThat(registers)
        .allSatisfy(
            m -> {
              assertThat(m.sourceAddress())
                  .as("the provider sees the NAT's public address")
                  .isEqualTo(NetLab.ROUTER_PUBLIC_ADDRESS);
              assertThat(m.text()).containsPattern("(?im)^Via: SIP/2.0/TLS [^\\r\\n]*;alias");
              assertThat(m.text()).containsPattern("(?im)^Contact: [^\\r\\n]*transport=tls");
            });

    p.assertCall(
        p.caller()
            .from("+491701112277", "")
            .timeoutSeconds(20)
            .expectAnswerThenHangUpAfter(1_000)
            .callTo(NetLab.PROVIDER_ADDRESS, 5070));
    assertThat(
            p.phone.awaitLine(l -> l.startsWith("call from +491701112277"), LabPhone.LINE_TIMEOUT))
        .as(p::transcript)
        .isNotNull();
    // the phone answered the INVITE from where its REGISTER came from: the same connection
    ReceivedMessage register = registers.get(registers.size() - 1);
    assertThat(net.kamailio().receivedMessages())
        .as("the phone's answer to the INVITE")
        .anySatisfy(
            m -> {
              assertThat(m.firstLine()).startsWith("SIP/2.0 ");
              assertThat(m.text()).containsPattern("(?im)^CSeq: *\\d+ INVITE");
              assertThat(m.sourceAddress()).isEqualTo(register.sourceAddress());
              assertThat(m.sourcePort()).isEqualTo(register.sourcePort());
            });
  }
}
