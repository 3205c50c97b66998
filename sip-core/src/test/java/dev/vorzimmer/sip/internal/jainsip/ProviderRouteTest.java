package dev.vorzimmer.sip.internal.jainsip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.ServerAddress;
import dev.vorzimmer.sip.internal.dns.SipServerResolver.Resolution;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderRouteTest {

  private static final ServerAddress SERVER = ServerAddress.of("sip.example.net", 5060);
  private static final InetSocketAddress A = new InetSocketAddress("192.0.2.1", 5060);
  private static final InetSocketAddress B = new InetSocketAddress("192.0.2.2", 5070);

  private static Resolution resolved(InetSocketAddress... targets) {
    return new Resolution(SERVER, List.of(targets), Optional.empty());
  }

  @Test
  void failsOverInOrderAndSaysWhenNothingIsLeft() {
    ProviderRoute route = new ProviderRoute();
    assertThat(route.current()).isEmpty();

    route.update(resolved(A, B));

    assertThat(route.current()).contains(A);
    assertThat(route.advance()).isTrue();
    assertThat(route.current()).contains(B);
    assertThat(route.advance()).isFalse();
    assertThat(route.current()).contains(B);
  }

  @Test
  void theAddressThatAnsweredLastIsTriedFirstAfterTheNextResolution() {
    ProviderRoute route = new ProviderRoute();
    route.update(resolved(A, B));
    route.advance();
    route.confirm();

    route.update(resolved(A, B));

    assertThat(route.current()).contains(B);
    assertThat(route.isProvider(A)).isTrue();
    assertThat(route.isProvider(new InetSocketAddress("192.0.2.1", 5061))).isFalse();
  }

  @Test
  void statusLinesNameTheHostAndTheAddress() {
    ProviderRoute route = new ProviderRoute();
    assertThat(route.describe("registrar", SERVER)).isEqualTo("registrar sip.example.net:5060");
    route.update(resolved(A));
    assertThat(route.describe("registrar", SERVER))
        .isEqualTo("registrar sip.example.net (192.0.2.1:5060)");
    route.update(
        new Resolution(
            SERVER, List.of(new InetSocketAddress("2001:db8::1", 5060)), Optional.empty()));
    assertThat(route.describe("proxy", SERVER))
        .isEqualTo("proxy sip.example.net ([2001:db8:0:0:0:0:0:1]:5060)");
  }
}
