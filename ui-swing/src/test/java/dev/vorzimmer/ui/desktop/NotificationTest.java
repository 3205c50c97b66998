package dev.vorzimmer.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.ui.common.Texts;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationTest {
  private final Texts en = new Texts(Locale.ENGLISH);
  private final Texts de = new Texts(Locale.GERMAN);

  @Test
  void aMissedCallNamesTheCallerAndTheNumber() {
    Notification n = Notification.missedCall("Erika Mustermann", "030 1234567", en);
    assertThat(n.title()).isEqualTo("Missed call");
    assertThat(n.body()).isEqualTo("Erika Mustermann · 030 1234567");
    assertThat(n.oneLine()).isEqualTo("Missed call: Erika Mustermann · 030 1234567");
    assertThat(Notification.missedCall("Erika Mustermann", "030 1234567", de).oneLine())
        .isEqualTo("Verpasster Anruf: Erika Mustermann · 030 1234567");
  }

  @Test
  void withoutANameOnlyTheNumberAndWithoutEitherAnUnknownCaller() {
    assertThat(Notification.missedCall("", "0170 1234567", en).body()).isEqualTo("0170 1234567");
    assertThat(Notification.missedCall("0170 1234567", "0170 1234567", en).body())
        .as("name equal to number")
        .isEqualTo("0170 1234567");
    assertThat(Notification.missedCall(" ", "", en).body()).isEqualTo("Unknown caller");
    assertThat(Notification.missedCall(null, null, de).body()).isEqualTo("Unbekannter Anrufer");
  }

  @Test
  void aNewMessageGivesTheCallerAndItsLength() {
    Notification n =
        Notification.newMessage("Erika Mustermann", "030 1234567", Duration.ofSeconds(67), en);
    assertThat(n.oneLine()).isEqualTo("New message: Erika Mustermann · 030 1234567 (1:07)");
    assertThat(Notification.newMessage("", "withheld", Duration.ofSeconds(5), de).oneLine())
        .isEqualTo("Neue Nachricht: withheld (0:05)");
  }
}
