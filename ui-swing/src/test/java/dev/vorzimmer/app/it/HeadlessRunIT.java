package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The packaged phone, run headless as a user would, against a real Kamailio. */
class HeadlessRunIT {
  private static final Duration LINE_TIMEOUT = Duration.ofSeconds(20);

  @RegisterExtension
  final KamailioExtension kamailio = new KamailioExtension(Map.of("alice", "wonderland"), 1);

  @TempDir Path home;

  private void writeConfig(String password, int listenPort) throws Exception {
    Path config = home.resolve("config.toml");
    Files.writeString(
        config,
        """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "%s"
        transport = "udp"
        expires = 60
        [sip]
        listen = "127.0.0.1:%d"
        """
            .formatted(
                kamailio.process().domain(), kamailio.process().sipPort(), password, listenPort));
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void registersPrintsOneLineAndSigtermUnregistersAndExitsZero() throws Exception {
    writeConfig("wonderland", FreePorts.udpAndTcp());
    try (PhoneProcess phone =
        PhoneProcess.start(home, "run", "--headless", "--home", home.toString())) {
      String line = phone.awaitLine(l -> l.startsWith("registered "), LINE_TIMEOUT);
      assertThat(line)
          .as(phone::transcript)
          .isEqualTo("registered sip:alice@vorzimmer.test expires=60");
      assertThat(kamailio.process().contactsOf("alice"))
          .as("Kamailio's location table")
          .isNotEmpty();

      assertThat(phone.terminate(Duration.ofSeconds(15))).as(phone::transcript).isZero();
      assertThat(kamailio.process().contactsOf("alice"))
          .as("location table after SIGTERM")
          .isEmpty();
      assertThat(phone.stderr()).doesNotContain("wonderland");
    }
    assertThat(Files.readString(home.resolve("vorzimmer.log")))
        .contains("starting with config")
        .doesNotContain("wonderland");
  }

  @Test
  void wrongPasswordPrintsAuthFailedAndNeverThePassword() throws Exception {
    writeConfig("not-the-password", FreePorts.udpAndTcp());
    try (PhoneProcess phone =
        PhoneProcess.start(home, "run", "--headless", "--home", home.toString())) {
      String line = phone.awaitLine(l -> l.startsWith("auth failed"), LINE_TIMEOUT);
      assertThat(line).as(phone::transcript).startsWith("auth failed sip:alice@vorzimmer.test");
      assertThat(phone.terminate(Duration.ofSeconds(15))).isZero();
      assertThat(phone.transcript()).doesNotContain("not-the-password");
    }
  }

  @Test
  void localLineModePrintsTheUriToCall() throws Exception {
    int port = FreePorts.udpAndTcp();
    Files.writeString(home.resolve("config.toml"), "[sip]\nlisten = \"127.0.0.1:" + port + "\"\n");
    try (PhoneProcess phone =
        PhoneProcess.start(home, "run", "--headless", "--home", home.toString())) {
      String line = phone.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT);
      assertThat(line).as(phone::transcript).contains("sip:").contains("127.0.0.1:" + port);
      assertThat(phone.terminate(Duration.ofSeconds(15))).isZero();
    }
  }

  @Test
  void badConfigNamesFileLineAndFixAndExitsNonZero() throws Exception {
    Path config = home.resolve("config.toml");
    Files.writeString(
        config,
        "[account]\nuser = \"alice\"\ndomain = \"x.test\"\npassword = \"p\"\ntransport = \"sctp\"\n");
    try (PhoneProcess phone =
        PhoneProcess.start(home, "run", "--headless", "--home", home.toString())) {
      assertThat(phone.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
      assertThat(phone.stderr()).contains(config + ":5:").contains("transport").contains("Fix:");
    }
  }

  @Test
  void helpAndVersionWork() throws Exception {
    try (PhoneProcess phone = PhoneProcess.start(home, "--help")) {
      assertThat(phone.awaitLine(l -> l.contains("run"), LINE_TIMEOUT)).isNotNull();
      assertThat(phone.awaitExit(Duration.ofSeconds(30))).isZero();
    }
    try (PhoneProcess phone = PhoneProcess.start(home, "--version")) {
      assertThat(phone.awaitLine(l -> l.startsWith("Vorzimmer"), LINE_TIMEOUT)).isNotNull();
      assertThat(phone.awaitExit(Duration.ofSeconds(30))).isZero();
    }
  }
}
