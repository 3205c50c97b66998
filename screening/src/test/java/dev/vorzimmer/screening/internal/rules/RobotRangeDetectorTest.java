package dev.vorzimmer.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobotRangeDetectorTest {
  private final Instant t0 = Instant.parse("2026-11-25T13:30:00Z");

  @Test
  void memoryStaysBoundedUnderAFloodOfDifferentRanges() {
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    for (int i = 0; i < 10_000; i++) {
      detector.observe("+49301" + (1_000_000 + i * 100), t0);
    }
    assertThat(detector.trackedRanges(t0)).isEqualTo(100);
  }

  @Test
  void oldObservationsAreEvicted() {
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    detector.observe("+4930123401", t0);
    detector.observe("+4930555501", t0);
    assertThat(detector.trackedRanges(t0.plus(Duration.ofMinutes(11)))).isZero();
  }

  @Test
  void aRangeThatCanNoLongerBeQuarantinedKeepsOnlyItsNewestCallers() {
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    for (int range = 10; range < 10 + RobotRangeDetector.MAX_QUARANTINED; range++) {
      for (int n = 1; n <= 3; n++) {
        detector.observe("+49221555" + range + "0" + n, t0);
      }
    }
    for (int n = 10; n < 100; n++) {
      assertThat(detector.observe("+4922155590" + n, t0)).isFalse();
    }
    assertThat(detector.trackedNumbers()).isEqualTo(3);
  }

  @Test
  void rangesNobodyCalledFromWithinTheWindowAreForgottenAtTheNextCall() {
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    for (int i = 0; i < 50; i++) {
      detector.observe("+49301" + (1_000_000 + i * 100), t0);
    }
    detector.observe("+4930555501", t0.plus(Duration.ofMinutes(11)));
    assertThat(detector.trackedNumbers()).isEqualTo(1);
  }

  @Test
  void aRangeIsTheSameWhetherTheCallerSaidTheNumberIsValidOrItWasParsedAgain() throws Exception {
    PhoneNumberUtil phone = PhoneNumberUtil.getInstance();
    for (String e164 : List.of("+4921155500123", "+4930123456", "+493011", "+4912", "+15551234")) {
      RobotRangeDetector parsed =
          new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
      RobotRangeDetector told =
          new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
      boolean valid = phone.isValidNumber(phone.parse(e164, "ZZ"));
      assertThat(told.rangeOf(e164, valid)).as(e164).isEqualTo(parsed.rangeOf(e164));
    }
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    assertThat(detector.rangeOf("+4921155500123")).contains("+49211555001");
    // the next number of the same range: its shape is remembered, the answer the same
    assertThat(detector.rangeOf("+4921155500145", true)).contains("+49211555001");
    assertThat(detector.rangeOf("+4921155500167", false)).isEmpty();
  }

  @Test
  void tooShortNumbersHaveNoRange() {
    RobotRangeDetector detector =
        new RobotRangeDetector(2, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    assertThat(detector.rangeOf("+4912")).isEmpty();
    assertThat(detector.observe("+4912", t0)).isFalse();
  }

  @Test
  void threeSpoofedShortNumbersNeverQuarantineACity() {
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    assertThat(detector.observe("+493011", t0)).isFalse();
    assertThat(detector.observe("+493012", t0)).isFalse();
    assertThat(detector.observe("+493013", t0)).isFalse();
    assertThat(detector.quarantined(t0)).isEmpty();
    assertThat(detector.quarantineOf("+49301234567", t0)).isEmpty();
  }

  @Test
  void invalidNumbersFormNoRange() {
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    assertThat(detector.rangeOf("+493011")).isEmpty();
    assertThat(detector.rangeOf("+4917012345678"))
        .as("one digit too many for a German mobile")
        .isEmpty();
    assertThat(detector.rangeOf("not a number")).isEmpty();
    assertThat(detector.rangeOf("+4922155599001")).contains("+49221555990");
  }

  @Test
  void aRangeAlwaysKeepsTheAreaOrNetworkCodeAndTwoMoreDigits() {
    RobotRangeDetector wide =
        new RobotRangeDetector(3, 6, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    assertThat(wide.rangeOf("+49301234567"))
        .as("Berlin 30 + 7 digits, 6 dropped: only 30 1 left")
        .isEmpty();
    assertThat(wide.rangeOf("+491701234567"))
        .as("mobile 170 + 7 digits, 6 dropped: only 170 1 left")
        .isEmpty();
    RobotRangeDetector five =
        new RobotRangeDetector(3, 5, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    assertThat(five.rangeOf("+491701234567")).contains("+4917012");
  }

  @Test
  void callersOfARangeTooWideForItsNetworkCodeAreNoNeighboursAndNeverQuarantined() {
    RobotRangeDetector wide =
        new RobotRangeDetector(3, 6, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    for (int n = 1; n <= 5; n++) {
      assertThat(wide.observe("+4930123456" + n, true, t0)).as("call %d", n).isFalse();
    }
    assertThat(wide.neighbours("+49301234569", t0)).isZero();
    assertThat(wide.quarantined(t0)).isEmpty();

    RobotRangeDetector narrow =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    narrow.observe("+49301234561", true, t0);
    assertThat(narrow.neighbours("+49301234569", t0)).isEqualTo(1);
  }

  @Test
  void numbersOfAnotherLengthNeverShareARange() {
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    detector.observe("+4930123401", t0);
    detector.observe("+4930123402", t0);
    assertThat(detector.observe("+493012340123", t0))
        .as("a longer number is another range")
        .isFalse();
    assertThat(detector.quarantined(t0)).isEmpty();
  }

  @Test
  void atMostTwentyRangesAreQuarantinedAtOnce() {
    RobotRangeDetector detector =
        new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    for (int range = 10; range < 40; range++) {
      for (int n = 1; n <= 3; n++) {
        detector.observe("+49221555" + range + "0" + n, t0);
      }
    }
    assertThat(detector.quarantined(t0)).hasSize(RobotRangeDetector.MAX_QUARANTINED);
    assertThat(detector.quarantineOf("+492215553909", t0))
        .as("bursts beyond the cap are not quarantined")
        .isEmpty();
    assertThat(detector.quarantineOf("+492215551009", t0)).isPresent();
  }

  @Test
  void disabledDetectorNeverQuarantines() {
    RobotRangeDetector detector =
        new RobotRangeDetector(0, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    for (int i = 10; i < 20; i++) {
      assertThat(detector.observe("+49301234" + i, t0)).isFalse();
    }
    assertThat(detector.quarantined(t0)).isEmpty();
  }
}
