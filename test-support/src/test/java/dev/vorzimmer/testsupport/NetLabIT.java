package dev.vorzimmer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The lab's namespaces exist while it is open, are gone after close, and a killed run's leftovers
 * are removed.
 */
class NetLabIT {

  private static String namespaces() throws Exception {
    Process p = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void ip(String... args) throws Exception {
    Process p = new ProcessBuilder(List.of(args)).inheritIO().start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void buildsTheTopologyAndRemovesItAndLeftoversOfAKilledRun() throws Exception {
    // pid_max is at most 2^22, so this "creator" is certainly gone
    String stale = "vzlab9999999x1h";
    ip("ip", "netns", "add", stale);

    try (NetLab lab = NetLab.create()) {
      assertThat(namespaces())
          .doesNotContain(stale)
          .contains(
              lab.name(NetLab.Ns.PROVIDER), lab.name(NetLab.Ns.ROUTER), lab.name(NetLab.Ns.HOME));
      assertThat(lab.run(NetLab.Ns.HOME, "ip", "-4", "addr", "show", "eth0"))
          .contains(NetLab.HOME_ADDRESS);
      assertThat(lab.run(NetLab.Ns.HOME, "ip", "route"))
          .contains("default via " + NetLab.ROUTER_LAN_ADDRESS);
      assertThat(lab.run(NetLab.Ns.ROUTER, "nft", "list", "ruleset"))
          .contains("masquerade to :20000-29999");
      lab.changeMasqueradePorts(40000, 49999);
      assertThat(lab.run(NetLab.Ns.ROUTER, "nft", "list", "ruleset"))
          .contains("masquerade to :40000-49999")
          .doesNotContain("20000-29999");
      lab.moveHome("192.168.77.3");
      assertThat(lab.run(NetLab.Ns.HOME, "ip", "-4", "addr", "show", "eth0"))
          .contains("192.168.77.3")
          .doesNotContain(NetLab.HOME_ADDRESS + "/");
      assertThat(lab.run(NetLab.Ns.HOME, "ip", "route"))
          .contains("default via " + NetLab.ROUTER_LAN_ADDRESS);
      lab.close();
      assertThat(namespaces())
          .doesNotContain(
              lab.name(NetLab.Ns.PROVIDER), lab.name(NetLab.Ns.ROUTER), lab.name(NetLab.Ns.HOME));
    }
  }
}
