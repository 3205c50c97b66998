package dev.vorzimmer.sip.internal.jainsip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.ServerAddress;
import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.sip.internal.dns.SipServerResolver.Resolution;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GhostGuardTest {

  private static final AccountConfig ACCOUNT =
      new AccountConfig("alice", "example.test", "127.0.0.1", 5060, "pw", Transport.UDP, 300);

  private static InetSocketAddress at(String ip, int port) {
    return new InetSocketAddress(ip, port);
  }

  private static ProviderRoute resolvedTo(InetSocketAddress... targets) {
    ProviderRoute route = new ProviderRoute();
    route.update(
        new Resolution(
            ServerAddress.of("sip.example.test", 5060), List.of(targets), Optional.empty()));
    return route;
  }

  @Test
  void inRegisteredModeOnlyTheRegistrarsAddressAndPortMayCallOurUser() {
    GhostGuard guard =
        GhostGuard.create(
            Optional.of(ACCOUNT), List.of(), "alice", resolvedTo(at("127.0.0.1", 5060)));

    assertThat(guard.ghostReason(at("127.0.0.1", 5060), "alice")).isEmpty();
    assertThat(guard.ghostReason(at("127.0.0.1", 40000), "alice"))
        .get()
        .asString()
        .contains("127.0.0.1:40000", "neither our registrar");
    assertThat(guard.ghostReason(at("127.0.0.2", 5060), "alice")).isPresent();
    assertThat(guard.ghostReason(at("127.0.0.1", 5060), "100"))
        .get()
        .asString()
        .contains("'100'", "not ours");
    assertThat(guard.ghostReason(null, "alice")).isPresent();
  }

  @Test
  void trustedHostsWithoutPortAreTrustedOnAnyPortWithPortOnlyThere() {
    GhostGuard guard =
        GhostGuard.create(
            Optional.of(ACCOUNT),
            List.of("127.0.0.3", "127.0.0.4:5080"),
            "alice",
            new ProviderRoute());

    assertThat(guard.ghostReason(at("127.0.0.3", 1234), "alice")).isEmpty();
    assertThat(guard.ghostReason(at("127.0.0.4", 5080), "alice")).isEmpty();
    assertThat(guard.ghostReason(at("127.0.0.4", 5081), "alice")).isPresent();
    assertThat(guard.isTrusted(at("127.0.0.3", 9))).isTrue();
    assertThat(guard.isTrusted(at("127.0.0.5", 5060))).isFalse();
  }

  @Test
  void aLocalLineAcceptsDirectCallsButTrustsNoIdentityHeaders() {
    GhostGuard guard =
        GhostGuard.create(Optional.empty(), List.of(), "vorzimmer", new ProviderRoute());

    assertThat(guard.ghostReason(at("192.0.2.7", 5060), "anyone")).isEmpty();
    assertThat(guard.isTrusted(at("192.0.2.7", 5060))).isFalse();
  }

  @Test
  void theProviderIsWhereverTheLatestResolutionSaysNotWhereItWasAtStart() {
    ProviderRoute route = new ProviderRoute();
    GhostGuard guard = GhostGuard.create(Optional.of(ACCOUNT), List.of(), "alice", route);
    assertThat(guard.ghostReason(at("127.0.0.1", 5060), "alice")).isPresent();

    route.update(
        new Resolution(
            ServerAddress.of("sip.example.test", 5060),
            List.of(at("127.0.0.7", 5070), at("127.0.0.8", 5080)),
            Optional.empty()));

    assertThat(guard.ghostReason(at("127.0.0.7", 5070), "alice")).isEmpty();
    assertThat(guard.ghostReason(at("127.0.0.8", 5080), "alice")).isEmpty();
    assertThat(guard.ghostReason(at("127.0.0.1", 5060), "alice")).isPresent();
  }
}
