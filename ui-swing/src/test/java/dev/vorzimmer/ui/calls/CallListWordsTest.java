package dev.vorzimmer.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.ui.common.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Date headers and the words of "Block range", in English and German. */
class CallListWordsTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3); // a Thursday
  private final NumberNormaliser numbers = new NumberNormaliser("DE");
  private final Texts en = new Texts(Locale.ENGLISH);
  private final Texts de = new Texts(Locale.GERMAN);

  @Test
  void aRangeSaysWhichNumbersAndHowMany() {
    String range = NumberPatterns.rangeOf("+4917155501234").orElseThrow();
    assertThat(range).isEqualTo("+49171555012*");
    String en1 = RangeWords.describe("+4917155501*", n -> numbers.describe(n).displayNumber(), en);
    assertThat(en1).isEqualTo("0171 55501xx — 100 numbers");
    String de1 = RangeWords.describe("+4921155501*", n -> numbers.describe(n).displayNumber(), de);
    assertThat(de1).isEqualTo("0211 55501xx — 100 Nummern");
  }

  @Test
  void headersSayTodayYesterdayTheWeekdayThenTheDate() {
    assertThat(DayHeaders.header(TODAY, TODAY, de)).isEqualTo("Heute");
    assertThat(DayHeaders.header(TODAY.minusDays(1), TODAY, de)).isEqualTo("Gestern");
    assertThat(DayHeaders.header(TODAY.minusDays(1), TODAY, en)).isEqualTo("Yesterday");
    assertThat(DayHeaders.header(TODAY.minusDays(3), TODAY, de)).startsWith("Montag");
    assertThat(DayHeaders.header(TODAY.minusDays(30), TODAY, de)).contains("3. November 2026");
  }

  @Test
  void eachDayGetsOneHeaderAboveItsCalls() {
    CallRow.Lookup lookup =
        new CallRow.Lookup() {
          @Override
          public Optional<String> contactName(String e164) {
            return Optional.empty();
          }

          @Override
          public dev.vorzimmer.screening.CallerInfo describe(String raw) {
            return numbers.describe(raw);
          }
        };
    Instant now = TODAY.atTime(15, 0).atZone(BERLIN).toInstant();
    List<CallRow> rows =
        List.of(
            row(lookup, now),
            row(lookup, now.minusSeconds(3600)),
            row(lookup, now.minusSeconds(24 * 3600)));
    List<CallItem> items = DayHeaders.group(rows, TODAY, BERLIN, en);
    assertThat(items).hasSize(5);
    assertThat(items.get(0)).isEqualTo(new CallItem.Header("Today"));
    assertThat(items.get(3)).isEqualTo(new CallItem.Header("Yesterday"));
  }

  private CallRow row(CallRow.Lookup lookup, Instant t) {
    return CallRow.of(
        new CallLogEntry(
            1,
            t,
            "+491701234567",
            Optional.of("+491701234567"),
            "",
            "VOICEMAIL",
            List.of(Reason.legacy("unknown number")),
            "voicemail",
            Optional.empty()),
        lookup,
        en,
        BERLIN);
  }
}
