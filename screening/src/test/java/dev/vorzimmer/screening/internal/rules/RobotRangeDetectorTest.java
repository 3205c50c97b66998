package dev.vorzimmer.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RobotRangeDetectorTest {
  private final Instant t0 = Instant.parse("2026-11-25T13:30:00Z");

  @Test
  void memoryStaysBoundedUnderAFloodOfDifferentRanges() {
    RobotRangeDetector detector = new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    for (int i = 0; i < 10_000; i++) {
      detector.observe("+49301" + (1_000_000 + i * 100), t0);
    }
    assertThat(detector.trackedRanges(t0)).isEqualTo(100);
  }

  @Test
  void oldObservationsAreEvicted() {
    RobotRangeDetector detector = new RobotRangeDetector(3, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    detector.observe("+4930123401", t0);
    detector.observe("+4930555501", t0);
    assertThat(detector.trackedRanges(t0.plus(Duration.ofMinutes(11)))).isZero();
  }

  @Test
  void tooShortNumbersHaveNoRange() {
    RobotRangeDetector detector = new RobotRangeDetector(2, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    assertThat(detector.rangeOf("+4912")).isEmpty();
    assertThat(detector.observe("+4912", t0)).isFalse();
  }

  @Test
  void disabledDetectorNeverQuarantines() {
    RobotRangeDetector detector = new RobotRangeDetector(0, 2, Duration.ofMinutes(10), Duration.ofHours(24), 100);
    for (int i = 10; i < 20; i++) {
      assertThat(detector.observe("+49301234" + i, t0)).isFalse();
    }
    assertThat(detector.quarantined(t0)).isEmpty();
  }

  @Test
  void ordinalsReadLikeEnglish() {
    assertThat(RobotRangeRule.ordinal(1)).isEqualTo("1st");
    assertThat(RobotRangeRule.ordinal(2)).isEqualTo("2nd");
    assertThat(RobotRangeRule.ordinal(3)).isEqualTo("3rd");
    assertThat(RobotRangeRule.ordinal(11)).isEqualTo("11th");
    assertThat(RobotRangeRule.ordinal(22)).isEqualTo("22nd");
  }
}
