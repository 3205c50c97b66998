package dev.vorzimmer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher against the real Kamailio binary. */
class KamailioProcessIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final Pattern OPTIONS_SEEN = Pattern.compile("VZ-REQ OPTIONS ");

  @Test
  void startsAnswersStopsAndFreesItsPorts(@TempDir Path dir) throws Exception {
    int sipPort;
    int trunkPort;
    try (KamailioProcess kamailio = KamailioProcess.start(dir, Map.of("alice", "pw"));
        SipProbe probe = SipProbe.open()) {
      sipPort = kamailio.sipPort();
      trunkPort = kamailio.trunkPort();
      assertThat(kamailio.domain()).isEqualTo("vorzimmer.test");
      assertThat(sipPort).isNotEqualTo(trunkPort);

      String ok = probe.request("OPTIONS", sipPort, "sip:vorzimmer.test", TIMEOUT);
      String notFound = probe.request("OPTIONS", trunkPort, "sip:alice@vorzimmer.test", TIMEOUT);

      assertThat(SipProbe.statusOf(ok)).isEqualTo(200);
      assertThat(SipProbe.statusOf(notFound))
          .as("trunk call to a user without contact")
          .isEqualTo(404);
      assertThat(kamailio.awaitLogLines(OPTIONS_SEEN, 2, TIMEOUT)).isTrue();
      assertThat(kamailio.countLogLines(OPTIONS_SEEN)).isEqualTo(2);
      assertThat(kamailio.contactsOf("alice")).isEmpty();
      assertThat(Files.readString(kamailio.logFile())).contains("VZ-READY");
    }
    assertThat(FreePorts.isFree(sipPort)).as("SIP port after close").isTrue();
    assertThat(FreePorts.isFree(trunkPort)).as("trunk port after close").isTrue();
  }

  @Test
  void restartsOnTheSamePortAfterKill(@TempDir Path dir) throws Exception {
    try (KamailioProcess kamailio = KamailioProcess.start(dir, Map.of("alice", "pw"));
        SipProbe probe = SipProbe.open()) {
      int port = kamailio.sipPort();

      kamailio.kill();
      assertThat(FreePorts.isFree(port))
          .as("port after SIGKILL of the whole process tree")
          .isTrue();
      kamailio.restart();

      assertThat(kamailio.sipPort()).isEqualTo(port);
      assertThat(SipProbe.statusOf(probe.request("OPTIONS", port, "sip:vorzimmer.test", TIMEOUT)))
          .isEqualTo(200);
    }
  }

  @Test
  void getsTheSharedMemoryATestAsksFor(@TempDir Path dir) throws Exception {
    try (KamailioProcess roomy = KamailioProcess.start(dir, Map.of("alice", "pw"), 1, 64);
        SipProbe probe = SipProbe.open()) {
      Kamcmd kamcmd = new Kamcmd(KamailioInstallation.find().kamcmd(), dir.resolve("kamailio.ctl"));

      assertThat(kamcmd.sharedMemoryBytes()).isEqualTo(64L << 20);
      assertThat(
              SipProbe.statusOf(
                  probe.request("OPTIONS", roomy.sipPort(), "sip:vorzimmer.test", TIMEOUT)))
          .isEqualTo(200);
    }
  }

  @Test
  void theDefaultSharedMemoryIs32MiB(@TempDir Path dir) throws Exception {
    try (KamailioProcess kamailio = KamailioProcess.start(dir, Map.of("alice", "pw"))) {
      Kamcmd kamcmd = new Kamcmd(KamailioInstallation.find().kamcmd(), dir.resolve("kamailio.ctl"));

      assertThat(kamcmd.sharedMemoryBytes())
          .isEqualTo((long) KamailioProcess.DEFAULT_SHM_MIB << 20);
    }
  }

  @Test
  void aMissingKamailioFailsWithInstallInstructions(@TempDir Path dir) {
    String previous =
        System.setProperty("vorzimmer.kamailio.bin", dir.resolve("no-such-kamailio").toString());
    try {
      assertThatThrownBy(() -> KamailioProcess.start(dir, Map.of()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("apt-get install -y kamailio");
    } finally {
      if (previous == null) {
        System.clearProperty("vorzimmer.kamailio.bin");
      } else {
        System.setProperty("vorzimmer.kamailio.bin", previous);
      }
    }
  }
}
