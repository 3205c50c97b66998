package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What goes into Via, Contact, Call-ID and SDP, before and after the registrar and STUN told us
 * more.
 */
class AdvertisedAddressTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void beforeAnythingIsLearnedEverythingSaysTheLocalAddress() {
    AdvertisedAddress a = AdvertisedAddress.probe("0.0.0.0", 5062, Optional.of(LOOPBACK));

    assertThat(a.viaHost()).isEqualTo("127.0.0.1");
    assertThat(a.contactHost() + ":" + a.contactPort()).isEqualTo("127.0.0.1:5062");
    assertThat(a.sdpHost()).isEqualTo("127.0.0.1");
    assertThat(a.newCallId()).endsWith("@127.0.0.1").doesNotContain("0.0.0.0");
    assertThat(a.bindHost()).isEqualTo("0.0.0.0");
  }

  @Test
  void thePublicAddressTheRegistrarSawGoesIntoContactAndSdpButNotViaAndOurOwnAddressClearsIt()
      throws Exception {
    AdvertisedAddress a = AdvertisedAddress.probe("127.0.0.1", 5062, Optional.empty());
    InetSocketAddress pub = new InetSocketAddress(InetAddress.getByName("203.0.113.5"), 40_000);

    assertThat(a.learn(pub)).isTrue();
    assertThat(a.learn(pub)).isFalse();
    assertThat(a.contactHost() + ":" + a.contactPort()).isEqualTo("203.0.113.5:40000");
    assertThat(a.viaHost()).isEqualTo("127.0.0.1");
    assertThat(a.sdpHost())
        .as("without STUN, SDP offers the public address too")
        .isEqualTo("203.0.113.5");

    assertThat(a.learn(new InetSocketAddress(LOOPBACK, 5062))).isTrue();
    assertThat(a.contactHost() + ":" + a.contactPort()).isEqualTo("127.0.0.1:5062");
    assertThat(a.sdpHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void stunBeatsTheRegistrarsViewForSdp() throws Exception {
    AdvertisedAddress a = AdvertisedAddress.probe("127.0.0.1", 5062, Optional.empty());
    a.learn(new InetSocketAddress(InetAddress.getByName("203.0.113.5"), 40_000));

    a.mediaAddress(Optional.of(InetAddress.getByName("203.0.113.9")));

    assertThat(a.sdpHost()).isEqualTo("203.0.113.9");
  }

  @Test
  void stunChangesTheSdpAddressOnly() throws Exception {
    AdvertisedAddress a = AdvertisedAddress.probe("127.0.0.1", 5062, Optional.empty());

    a.mediaAddress(Optional.of(InetAddress.getByName("203.0.113.9")));

    assertThat(a.sdpHost()).isEqualTo("203.0.113.9");
    assertThat(a.contactHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void ipv6IsBracketedInSipAndBareInSdp() {
    AdvertisedAddress a = AdvertisedAddress.probe("::1", 5062, Optional.empty());

    assertThat(a.viaHost()).isEqualTo("[::1]");
    assertThat(a.contactHost()).isEqualTo("[::1]");
    assertThat(a.sdpHost()).isEqualTo("::1");
  }
}
