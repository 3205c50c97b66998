package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.door.DoorRequest;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.media.Greeting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless phone handed a {@code tel:} link to a premium-rate number refuses it, naming the risk:
 * nobody is there to ask, and a click in a browser must never start a costly call.
 */
class PhoneDoorTest {
  @TempDir Path dir;

  @Test
  void aHeadlessPhoneRefusesACostlyNumberFromALinkAndSaysWhy() throws Exception {
    AppHome home = AppHome.at(dir);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (Phone phone =
        Phone.assemble(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.systemDefaultZone(),
            MessageListener.NONE,
            Greeting.of(new short[0]))) {
      PhoneDoor door =
          new PhoneDoor(
              phone, Optional.empty(), new PrintStream(printed, true, StandardCharsets.UTF_8));

      DoorRequest.Reply reply = door.handle(DoorRequest.dial("tel:0900-1234567"));

      assertThat(reply.ok()).isFalse();
      assertThat(reply.text())
          .contains("not calling +499001234567")
          .contains("premium-rate")
          .contains("vorzimmer call --yes");
      assertThat(phone.agent().calls()).isEmpty();
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("not calling +499001234567");
  }
}
