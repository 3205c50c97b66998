package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.Main;
import dev.vorzimmer.testsupport.FreePorts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One phone per data folder, between real processes of the packaged app; the CLI works beside it.
 */
class SingleInstanceIT {
  private static final Duration LINE_TIMEOUT = Duration.ofSeconds(20);
  @TempDir Path home;

  @Test
  void aSecondPhoneOnTheSameFolderSaysWhichPidRunsAndExitsNonZero() throws Exception {
    int port = FreePorts.udpAndTcp();
    Files.writeString(
        home.resolve("config.toml"),
        "[sip]\nlisten = \"127.0.0.1:" + port + "\"\n[voicemail]\nsilence_seconds = 2\n");
    try (PhoneProcess first =
        PhoneProcess.start(home, "run", "--headless", "--home", home.toString())) {
      assertThat(first.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT))
          .as(first::transcript)
          .isNotNull();

      try (PhoneProcess second =
          PhoneProcess.start(home, "--home", home.toString(), "run", "--headless")) {
        assertThat(second.awaitExit(Duration.ofSeconds(30))).as(second::transcript).isEqualTo(1);
        assertThat(second.stderr()).contains("already running as pid " + first.pid());
      }

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code =
          Main.execute(
              new String[] {"calls", "--home", home.toString()},
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(code).as("the CLI beside a running phone").isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("no calls yet");

      // 'vorzimmer call' beside it: its own SIP agent on another port; it leaves the recording it
      // causes alone
      try (PhoneProcess call =
          PhoneProcess.start(
              home, "call", "sip:vorzimmer@127.0.0.1:" + port, "--home", home.toString())) {
        assertThat(call.awaitExit(Duration.ofSeconds(60))).as(call::transcript).isZero();
        assertThat(call.transcript()).contains("ended: answered");
      }
      ByteArrayOutputStream messages = new ByteArrayOutputStream();
      assertThat(
              Main.execute(
                  new String[] {"--home", home.toString(), "messages", "--json"},
                  new PrintStream(messages, true, StandardCharsets.UTF_8),
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
          .isZero();
      assertThat(messages.toString(StandardCharsets.UTF_8))
          .as("the message the call left")
          .contains("\"state\" : \"complete\"");

      assertThat(Files.getPosixFilePermissions(home))
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
      assertThat(first.terminate(Duration.ofSeconds(15))).as(first::transcript).isZero();
    }
    try (PhoneProcess again =
        PhoneProcess.start(home, "run", "--headless", "--home", home.toString())) {
      assertThat(again.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT))
          .as("after the first stopped: " + again.transcript())
          .isNotNull();
      assertThat(again.terminate(Duration.ofSeconds(15))).isZero();
    }
  }
}
