package dev.vorzimmer.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.ui.common.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ping call's row leads its reason with the mark, and Why? ends with the stored mark. */
class PingMarkRowTest {
  private final NumberNormaliser numbers = new NumberNormaliser("DE");
  private final CallRow.Lookup lookup =
      new CallRow.Lookup() {
        @Override
        public Optional<String> contactName(String e164) {
          return Optional.empty();
        }

        @Override
        public CallerInfo describe(String rawNumber) {
          return numbers.describe(rawNumber);
        }
      };

  private static CallLogEntry call(String mark) {
    return new CallLogEntry(
            1,
            Instant.EPOCH,
            "+33142685300",
            Optional.of("+33142685300"),
            "",
            "VOICEMAIL",
            List.of(Reason.legacy("foreign number, language spoken")),
            "voicemail",
            Optional.empty())
        .toBuilder().mark(mark).build();
  }

  @Test
  void aPingCallIsMarkedInTheUsersLanguage() {
    String mark = "ping call — don't call back: rang 2 s from a foreign number (France)";
    CallRow en = CallRow.of(call(mark), lookup, new Texts(Locale.ENGLISH), ZoneId.of("UTC"));
    CallRow de = CallRow.of(call(mark), lookup, new Texts(Locale.GERMAN), ZoneId.of("UTC"));

    assertThat(en.mainReason())
        .isEqualTo("Ping call — don't call back · foreign number, language spoken");
    assertThat(de.mainReason()).startsWith("Lockanruf — nicht zurückrufen · ");
    assertThat(en.reasons()).last().isEqualTo(mark);
  }

  @Test
  void anUnmarkedCallKeepsItsReason() {
    CallRow row = CallRow.of(call(""), lookup, new Texts(Locale.ENGLISH), ZoneId.of("UTC"));
    assertThat(row.mainReason()).isEqualTo("foreign number, language spoken");
    assertThat(row.reasons()).hasSize(1);
  }
}
