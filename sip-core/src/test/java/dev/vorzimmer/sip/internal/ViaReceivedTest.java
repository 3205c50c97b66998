package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Reading received/rport of our Via in a registrar's answer (RFC 3581). */
class ViaReceivedTest {

  private static final InetAddress LOCAL = address("192.168.1.20");

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void receivedAndRportGiveThePublicAddress() {
    ViaReceived via = ViaReceived.read("203.0.113.5", 40_000, LOCAL, 5062);

    assertThat(via.seen()).contains(new InetSocketAddress(address("203.0.113.5"), 40_000));
    assertThat(via.problem()).isEmpty();
  }

  @Test
  void onlyRportMeansOurOwnAddressWithAnotherPort() {
    assertThat(ViaReceived.read(null, 40_000, LOCAL, 5062).seen())
        .contains(new InetSocketAddress(LOCAL, 40_000));
  }

  @Test
  void onlyReceivedKeepsOurPortAndIpv6IsRead() {
    assertThat(ViaReceived.read("2001:db8::5", -1, LOCAL, 5062).seen())
        .contains(new InetSocketAddress(address("2001:db8::5"), 5062));
    assertThat(ViaReceived.read("[2001:db8::5]", 0, LOCAL, 5062).seen())
        .contains(new InetSocketAddress(address("2001:db8::5"), 5062));
  }

  @Test
  void nothingSaidNothingLearned() {
    ViaReceived via = ViaReceived.read(null, -1, LOCAL, 5062);

    assertThat(via.seen()).isEmpty();
    assertThat(via.problem()).isEmpty();
  }

  @Test
  void aReceivedThatIsNotAnIpIsIgnoredWithAReasonAndNeverResolved() {
    ViaReceived via = ViaReceived.read("sip.example.net", 40_000, LOCAL, 5062);

    assertThat(via.seen()).isEmpty();
    assertThat(via.problem())
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .contains("received=sip.example.net")
                    .contains("not an IP address")
                    .endsWith("ignored"));
  }

  @Test
  void wildcardsAndBadPortsAreIgnoredToo() {
    assertThat(ViaReceived.read("0.0.0.0", 40_000, LOCAL, 5062).problem()).isPresent();
    assertThat(ViaReceived.read("203.0.113.5", 70_000, LOCAL, 5062).problem()).isPresent();
    assertThat(ViaReceived.read("1.2.3", 40_000, LOCAL, 5062).problem()).isPresent();
  }
}
