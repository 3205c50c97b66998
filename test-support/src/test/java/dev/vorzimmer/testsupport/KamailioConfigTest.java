package dev.vorzimmer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KamailioConfigTest {

  private static KamailioConfig config(Map<String, String> users) {
    return new KamailioConfig(
        15060,
        15070,
        "vorzimmer.test",
        users,
        30,
        Path.of("/tmp/k/ctl"),
        Path.of("/usr/lib/kamailio/modules"));
  }

  @Test
  void fillsEveryPlaceholder() {
    String cfg = config(Map.of("alice", "pw1", "bob", "pw2")).render();

    assertThat(cfg)
        .doesNotContainPattern("@[A-Z_]+@")
        .contains(
            "listen=udp:127.0.0.1:15060",
            "listen=tcp:127.0.0.1:15060",
            "listen=udp:127.0.0.1:15070")
        .contains("$sht(users=>alice) = \"pw1\";", "$sht(users=>bob) = \"pw2\";")
        .contains("modparam(\"registrar\", \"min_expires\", 30)")
        .contains(
            "unix:/tmp/k/ctl",
            "mpath=\"/usr/lib/kamailio/modules/\"",
            "www_challenge(\"vorzimmer.test\"");
  }

  @Test
  void onlyTheLabConfigurationRelaysMediaAndLogsWholeMessages() {
    String plain = config(Map.of("alice", "pw1")).render();
    String lab =
        new KamailioConfig(
                5060,
                5070,
                "vorzimmer.test",
                Map.of("alice", "pw1"),
                1,
                Path.of("/tmp/k/ctl"),
                Path.of("/usr/lib/kamailio/modules"),
                "203.0.113.10",
                2223)
            .render();

    assertThat(plain).doesNotContain("#!define WITH_NETLAB");
    assertThat(lab)
        .doesNotContainPattern("@[A-Z_]+@")
        .startsWith("#!KAMAILIO")
        .contains("#!define WITH_NETLAB")
        .contains("listen=udp:203.0.113.10:5060", "listen=udp:203.0.113.10:5070")
        .contains("\"udp:127.0.0.1:2223\"", "$du = \"sip:203.0.113.10:\"");
  }

  @Test
  void rejectsUsersAndPasswordsThatWouldBreakTheConfig() {
    assertThatThrownBy(() -> config(Map.of("al ice", "pw"))).hasMessageContaining("user name");
    assertThatThrownBy(() -> config(Map.of("alice", "pw\";exit;\"")))
        .hasMessageContaining("password of user 'alice'");
    assertThatThrownBy(() -> config(Map.of("alice", "")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsControlSocketPathsTooLongForUnixSockets() {
    Path longPath = Path.of("/tmp/" + "x".repeat(120) + "/ctl");

    assertThatThrownBy(() -> new KamailioConfig(1, 2, "d", Map.of(), 1, longPath, Path.of("/m")))
        .hasMessageContaining("too long");
  }
}
