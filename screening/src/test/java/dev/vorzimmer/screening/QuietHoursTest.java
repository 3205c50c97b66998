package dev.vorzimmer.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {

  @ParameterizedTest(name = "[{index}] {0} at {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 2026-11-23 is a Monday
        "Mon-Fri 22:00-07:00 | 2026-11-23T22:00 | true",
        "Mon-Fri 22:00-07:00 | 2026-11-23T21:59 | false",
        "Mon-Fri 22:00-07:00 | 2026-11-24T06:59 | true",
        "Mon-Fri 22:00-07:00 | 2026-11-24T07:00 | false",
        "Mon-Fri 22:00-07:00 | 2026-11-28T03:00 | true", // Saturday morning after Friday night
        "Mon-Fri 22:00-07:00 | 2026-11-29T03:00 | false", // Sunday morning: Saturday night not
        // listed
        "Mon-Fri 22:00-07:00 | 2026-11-23T03:00 | false", // Monday morning: Sunday night not listed
        "Sat,Sun 00:00-09:00 | 2026-11-29T08:59 | true",
        "Sat,Sun 00:00-09:00 | 2026-11-27T08:59 | false",
        "daily 12:30-14:00   | 2026-11-25T13:00 | true",
        "Fri-Mon 20:00-24:00 | 2026-11-23T23:59 | true",
        "Fri-Mon 20:00-24:00 | 2026-11-25T23:59 | false",
      })
  void weeklySpansIncludingOvernight(String spec, LocalDateTime time, boolean quiet) {
    assertThat(QuietHours.parse(spec).contains(time.atZone(ZoneId.of("Europe/Berlin"))))
        .isEqualTo(quiet);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mon-Fri                 | expected e.g.",
        "Mo-Fr 22:00-07:00       | unknown day 'mo'",
        "Mon-Fri 25:00-07:00     | bad time '25:00'",
        "Mon 08:00-08:00         | start and end are equal",
      })
  void badEntriesSayWhatIsWrong(String spec, String message) {
    assertThatThrownBy(() -> QuietHours.parse(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(spec.trim())
        .hasMessageContaining(message);
  }
}
