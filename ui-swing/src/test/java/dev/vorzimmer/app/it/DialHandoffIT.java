package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.door.Door;
import dev.vorzimmer.testsupport.FreePorts;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One phone, many doors, between real processes of the packaged app: {@code vorzimmer dial} hands
 * its link to the phone running on the data folder (a headless phone starts the call), starts a
 * phone when none runs, and of two starts at the same moment exactly one becomes the phone.
 */
class DialHandoffIT {
  private static final Duration LINE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
  @TempDir Path phoneHome;
  @TempDir Path calleeHome;

  @Test
  void dialHandsTheLinkToTheRunningHeadlessPhoneWhichCalls() throws Exception {
    String callee = callee();
    try (PhoneProcess callee1 = startCallee();
        PhoneProcess phone =
            start(phoneHome, "run", "--headless", "--home", phoneHome.toString())) {
      assertThat(phone.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT))
          .as(phone::transcript)
          .isNotNull();
      assertThat(callee1.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT)).isNotNull();

      try (PhoneProcess dial = start(phoneHome, "dial", callee, "--home", phoneHome.toString())) {
        assertThat(dial.awaitExit(EXIT_TIMEOUT)).as(dial::transcript).isZero();
        assertThat(dial.transcript())
            .contains("handed to the phone running as pid " + phone.pid() + ": calling " + callee);
      }
      assertThat(phone.awaitLine(l -> l.equals("calling " + callee), LINE_TIMEOUT))
          .as(phone::transcript)
          .isNotNull();
      assertThat(callee1.awaitLine(l -> l.startsWith("call from"), LINE_TIMEOUT))
          .as("the callee's answering machine took the call: " + callee1.transcript())
          .isNotNull();

      // a tel: link with visual separators reaches the phone normalised; a local line says it
      // needs a sip: URI
      try (PhoneProcess dial =
          start(phoneHome, "dial", "tel:+49-30-(123)%20456", "--home", phoneHome.toString())) {
        assertThat(dial.awaitExit(EXIT_TIMEOUT)).as(dial::transcript).isEqualTo(1);
        assertThat(dial.stderr())
            .contains("the phone running as pid " + phone.pid())
            .contains("+4930123456")
            .contains("local line cannot call a number");
      }
      // garbage never reaches the phone
      try (PhoneProcess dial =
          start(phoneHome, "dial", "tel:call-me-maybe", "--home", phoneHome.toString())) {
        assertThat(dial.awaitExit(EXIT_TIMEOUT)).as(dial::transcript).isEqualTo(2);
        assertThat(dial.stderr()).contains("cannot dial 'tel:call-me-maybe'");
      }
      // a second start that wants a window: the headless phone has none to show
      try (PhoneProcess second = start(phoneHome, "run", "--home", phoneHome.toString())) {
        assertThat(second.awaitExit(EXIT_TIMEOUT)).as(second::transcript).isEqualTo(1);
        assertThat(second.stderr())
            .contains("already running as pid " + phone.pid())
            .contains("no window to show");
      }
      assertThat(phone.terminate(Duration.ofSeconds(15))).as(phone::transcript).isZero();
    }
    assertThat(phoneHome.resolve(Door.FILE_NAME))
        .as("the door is gone with the phone")
        .doesNotExist();
  }

  @Test
  void dialWithoutARunningPhoneBecomesThePhoneEvenOverAStaleSocket() throws Exception {
    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(phoneHome.resolve(Door.FILE_NAME)));
    }
    String callee = callee();
    try (PhoneProcess callee1 = startCallee();
        PhoneProcess phone =
            start(phoneHome, "dial", "--headless", callee, "--home", phoneHome.toString())) {
      assertThat(callee1.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT)).isNotNull();
      assertThat(phone.awaitLine(l -> l.equals("calling " + callee), LINE_TIMEOUT))
          .as(phone::transcript)
          .isNotNull();
      assertThat(callee1.awaitLine(l -> l.startsWith("call from"), LINE_TIMEOUT))
          .as(callee1::transcript)
          .isNotNull();
      assertThat(phone.printed(l -> l.startsWith("local line"))).as("it runs on").isTrue();
      assertThat(phone.terminate(Duration.ofSeconds(15))).as(phone::transcript).isZero();
    }
  }

  @Test
  void ofTwoDialsStartedAtTheSameMomentExactlyOneBecomesThePhoneAndBothCallsArrive()
      throws Exception {
    String callee = callee();
    try (PhoneProcess callee1 = startCallee()) {
      assertThat(callee1.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT)).isNotNull();
      List<PhoneProcess> both = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          both.add(start(phoneHome, "dial", "--headless", callee, "--home", phoneHome.toString()));
        }
        PhoneProcess first = both.get(0);
        PhoneProcess second = both.get(1);
        // The loser hands its link over and exits 0; the winner runs on.
        PhoneProcess loser = awaitFirstExit(first, second);
        PhoneProcess winner = loser == first ? second : first;
        assertThat(loser.awaitExit(EXIT_TIMEOUT)).as(loser::transcript).isZero();
        assertThat(loser.transcript())
            .contains("handed to the phone running as pid " + winner.pid() + ": calling " + callee);
        assertThat(winner.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT))
            .as(winner::transcript)
            .isNotNull();
        assertThat(winner.awaitLine(l -> l.equals("calling " + callee), LINE_TIMEOUT)).isNotNull();
        assertThat(winner.awaitLine(l -> l.equals("calling " + callee), LINE_TIMEOUT))
            .as("the handed-over call too: " + winner.transcript())
            .isNotNull();
        assertThat(callee1.awaitLine(l -> l.startsWith("call from"), LINE_TIMEOUT)).isNotNull();
        assertThat(callee1.awaitLine(l -> l.startsWith("call from"), LINE_TIMEOUT))
            .as("both calls reached the callee: " + callee1.transcript())
            .isNotNull();
        assertThat(winner.terminate(Duration.ofSeconds(15))).as(winner::transcript).isZero();
      } finally {
        both.forEach(PhoneProcess::close);
      }
    }
  }

  @Test
  void ofTwoHeadlessPhonesStartedAtTheSameMomentExactlyOneRuns() throws Exception {
    Files.writeString(
        phoneHome.resolve("config.toml"),
        "[sip]\nlisten = \"127.0.0.1:" + FreePorts.udpAndTcp() + "\"\n");
    PhoneProcess a = start(phoneHome, "run", "--headless", "--home", phoneHome.toString());
    PhoneProcess b = start(phoneHome, "run", "--headless", "--home", phoneHome.toString());
    try (a;
        b) {
      PhoneProcess loser = awaitFirstExit(a, b);
      PhoneProcess winner = loser == a ? b : a;
      assertThat(loser.awaitExit(EXIT_TIMEOUT)).as(loser::transcript).isEqualTo(1);
      assertThat(loser.stderr()).contains("already running as pid " + winner.pid());
      assertThat(winner.awaitLine(l -> l.startsWith("local line"), LINE_TIMEOUT))
          .as(winner::transcript)
          .isNotNull();
      assertThat(winner.terminate(Duration.ofSeconds(15))).as(winner::transcript).isZero();
    }
  }

  /** The one of two running processes that exits first (the other runs on until stopped). */
  private static PhoneProcess awaitFirstExit(PhoneProcess a, PhoneProcess b) throws Exception {
    return a.exited()
        .applyToEither(b.exited(), p -> p)
        .get(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** A second phone (a local line with a short answering machine) to be called. */
  private String callee() throws Exception {
    int port = FreePorts.udpAndTcp();
    Files.writeString(
        calleeHome.resolve("config.toml"),
        "[sip]\nlisten = \"127.0.0.1:"
            + port
            + "\"\n[voicemail]\nsilence_seconds = 2\nmax_seconds = 10\n");
    Files.writeString(
        phoneHome.resolve("config.toml"),
        "[sip]\nlisten = \"127.0.0.1:" + FreePorts.udpAndTcp() + "\"\n");
    return "sip:vorzimmer@127.0.0.1:" + port;
  }

  private PhoneProcess startCallee() throws Exception {
    return start(calleeHome, "run", "--headless", "--home", calleeHome.toString());
  }

  private static PhoneProcess start(Path dir, String... args) throws Exception {
    return PhoneProcess.start(dir, args);
  }
}
