package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.door.Door;
import dev.vorzimmer.app.door.DoorBell;
import dev.vorzimmer.app.door.DoorRequest;
import dev.vorzimmer.app.voicemail.ForwardingMessageListener;
import dev.vorzimmer.app.voicemail.MessageListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vorzimmer dial --line NAME}: the request crosses the door with its line (names with spaces
 * and umlauts too), the running phone's window dials from that line, no line means the default
 * line, and an unknown line is refused naming the lines there are.
 */
class PhoneDoorLinesTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  @TempDir Path dir;
  private Phone phone;

  /** What the window was asked: target and line. */
  private final List<String> asked = new CopyOnWriteArrayList<>();

  private final DesktopFrontend window =
      new DesktopFrontend() {
        @Override
        public boolean available() {
          return true;
        }

        @Override
        public void open(
            Phone p, AppHome home, ForwardingMessageListener messages, Runnable onQuit) {}

        @Override
        public void request(Optional<String> dial, String line) {
          asked.add(dial.orElse("") + " from " + line);
        }
      };

  @AfterEach
  void stop() {
    if (phone != null) {
      phone.shutdown(Duration.ofSeconds(1));
    }
  }

  private Door door() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    String line =
        """
        [[account]]
        name = "%s"
        user = "%s"
        domain = "example.test"
        registrar = "127.0.0.1:9"
        password = "pw"
        """;
    Files.writeString(
        home.resolve("config.toml"),
        line.formatted("Home", "anna") + line.formatted("Büro Berlin", "bert"));
    AppHome appHome = AppHome.at(home);
    phone =
        Phone.assemble(
            appHome,
            new ConfigLoader().load(appHome.configFile()),
            Clock.systemUTC(),
            MessageListener.NONE);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Door.open(dir, new PhoneDoor(phone, Optional.of(window), out));
  }

  @Test
  void theWindowDialsFromTheLineNamedAndFromTheDefaultLineWithoutOne() throws Exception {
    try (Door door = door()) {
      Optional<DoorRequest.Reply> office =
          DoorBell.ring(dir, DoorRequest.dial("+4930123456", Optional.of("Büro Berlin")), TIMEOUT);
      Optional<DoorRequest.Reply> plain =
          DoorBell.ring(dir, DoorRequest.dial("+4930654321"), TIMEOUT);

      assertThat(office).map(DoorRequest.Reply::ok).contains(true);
      assertThat(office.orElseThrow().text()).endsWith("on line Büro Berlin");
      assertThat(plain).map(DoorRequest.Reply::ok).contains(true);
      assertThat(asked).containsExactly("+4930123456 from Büro Berlin", "+4930654321 from Home");
    }
  }

  @Test
  void anUnknownLineIsRefusedNamingTheLines() throws Exception {
    try (Door door = door()) {
      Optional<DoorRequest.Reply> reply =
          DoorBell.ring(dir, DoorRequest.dial("+4930123456", Optional.of("Office")), TIMEOUT);

      assertThat(reply).map(DoorRequest.Reply::ok).contains(false);
      assertThat(reply.orElseThrow().text())
          .isEqualTo("there is no line \"Office\"; the lines are: Home, Büro Berlin");
      assertThat(asked).as("nothing dialled").isEmpty();
    }
  }
}
