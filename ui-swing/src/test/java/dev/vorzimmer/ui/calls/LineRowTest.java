package dev.vorzimmer.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.ui.common.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A call-list row says which line was called; rows of a single-line phone stay as they were. */
class LineRowTest {
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

  private static CallLogEntry entry(String line) {
    return new CallLogEntry(
        7,
        Instant.parse("2026-03-02T13:05:00Z"),
        "+4930123456",
        Optional.of("+4930123456"),
        "",
        "RING",
        List.of(),
        "missed",
        Optional.empty(),
        "",
        "",
        "",
        line);
  }

  @Test
  void theLineCalledLeadsTheDetails() {
    ZoneId zone = ZoneId.of("Europe/Berlin");
    CallRow single = CallRow.of(entry(""), lookup, new Texts(Locale.ENGLISH), zone);
    CallRow office = CallRow.of(entry("Office"), lookup, new Texts(Locale.ENGLISH), zone);
    CallRow german = CallRow.of(entry("Büro"), lookup, new Texts(Locale.GERMAN), zone);

    assertThat(single.info()).doesNotContain("Line");
    assertThat(office.info()).isEqualTo("Line Office  ·  " + single.info());
    assertThat(german.info()).startsWith("Leitung Büro");
    assertThat(office.line()).as("a call back goes out on the line called").isEqualTo("Office");
    assertThat(single.line()).as("single line: the default line").isEmpty();
  }
}
