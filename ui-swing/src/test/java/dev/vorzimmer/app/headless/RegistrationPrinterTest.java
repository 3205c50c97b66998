package dev.vorzimmer.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationPrinterTest {

  @Test
  void headlessLinesSayWhatIsWrongAndWhenTheNextTryComes() {
    assertThat(RegistrationPrinter.format(new RegistrationEvent(RegistrationState.RETRYING, "sip:alice@example.net", 0,
        Optional.of(Duration.ofSeconds(30)), "sip.example.net does not resolve")))
        .isEqualTo("retrying in 30 s sip:alice@example.net: sip.example.net does not resolve");
    assertThat(RegistrationPrinter.format(new RegistrationEvent(RegistrationState.RETRYING, "sip:alice@example.net", 0,
        Optional.of(Duration.ofMinutes(5)), "authentication failed: 403 from registrar")))
        .isEqualTo("retrying in 5 min sip:alice@example.net: authentication failed: 403 from registrar");
  }

  @Test
  void registeredShowsTheDisplayName() {
    assertThat(RegistrationPrinter.format(new RegistrationEvent(RegistrationState.REGISTERED, "sip:alice@example.net",
        300, Optional.empty(), "registered for 300 s", "Alice Example")))
        .isEqualTo("registered Alice Example <sip:alice@example.net> expires=300");
  }
}
