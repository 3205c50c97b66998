package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing the address to advertise: never the wildcard we bind to. */
class LocalAddressTest {

  private static final InetAddress LOOPBACK_V4 = InetAddress.getLoopbackAddress();

  @Test
  void wildcardsAreRecognisedInEverySpelling() {
    assertThat(LocalAddress.isWildcard("0.0.0.0")).isTrue();
    assertThat(LocalAddress.isWildcard("::")).isTrue();
    assertThat(LocalAddress.isWildcard("[::]")).isTrue();
    assertThat(LocalAddress.isWildcard("0:0:0:0:0:0:0:0")).isTrue();
    assertThat(LocalAddress.isWildcard("127.0.0.1")).isFalse();
    assertThat(LocalAddress.isWildcard("sip.example.net")).isFalse();
  }

  @Test
  void aConcreteListenAddressIsAdvertisedAsItIsAndANameAsWhatItResolvesTo() {
    assertThat(LocalAddress.choose("127.0.0.1", Optional.empty())).isEqualTo(LOOPBACK_V4);
    assertThat(LocalAddress.choose("localhost", Optional.empty()).isLoopbackAddress()).isTrue();
  }

  @Test
  void onTheWildcardTheAddressThatRoutesToThePeerIsChosen() throws Exception {
    assertThat(LocalAddress.choose("0.0.0.0", Optional.of(LOOPBACK_V4))).isEqualTo(LOOPBACK_V4);
    InetAddress v6 = InetAddress.getByName("::1");
    if (LocalAddress.towards(v6).isPresent()) {
      assertThat(LocalAddress.choose("::", Optional.of(v6))).isEqualTo(v6);
    }
  }

  @Test
  void withoutAPeerTheDefaultRouteOrLoopbackIsChosenNeverTheWildcard() throws Exception {
    InetAddress chosen = LocalAddress.choose("0.0.0.0", Optional.empty());

    assertThat(chosen.isAnyLocalAddress()).isFalse();
    assertThat(
            chosen.isLoopbackAddress()
                || java.net.NetworkInterface.getByInetAddress(chosen) != null)
        .as("%s is an address of this machine", chosen)
        .isTrue();
    try (java.net.DatagramSocket bound =
        new java.net.DatagramSocket(new InetSocketAddress(chosen, 0))) {
      assertThat(bound.getLocalAddress()).isEqualTo(chosen);
    }
  }

  @Test
  void theKernelsChoiceTowardsLoopbackIsLoopback() {
    assertThat(LocalAddress.towards(LOOPBACK_V4)).contains(LOOPBACK_V4);
  }

  @Test
  void ipv6IsBracketedInUrisButNotInSdp() throws Exception {
    InetAddress v6 = InetAddress.getByName("2001:db8::5");
    assertThat(LocalAddress.uriHost(v6)).isEqualTo("[2001:db8::5]");
    assertThat(LocalAddress.sdpHost(v6)).isEqualTo("2001:db8::5");
    assertThat(LocalAddress.uriHost(LOOPBACK_V4)).isEqualTo("127.0.0.1");
  }
}
