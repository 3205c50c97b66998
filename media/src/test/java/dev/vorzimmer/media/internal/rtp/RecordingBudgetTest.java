package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordingBudgetTest {

  @Test
  void neverWritesMoreThanTheWallClockAllowsPlusSlackNorMoreThanTheMaximum() {
    RecordingBudget budget = new RecordingBudget(8000 * 3, 160, 16000);
    // a jump of 79,900 samples at tick 0: only one tick plus the slack may be written
    assertThat(budget.take(0, 79_900)).isEqualTo(160 + 16000);
    assertThat(budget.take(1, 160)).isEqualTo(160);
    assertThat(budget.take(1, 160)).isZero();
    assertThat(budget.take(1000, 100_000)).isEqualTo(8000 * 3 - (160 + 16000 + 160));
    assertThat(budget.full()).isTrue();
    assertThat(budget.written()).isEqualTo(24000);
    assertThat(budget.discarded()).isEqualTo(79_900 + 160 + 160 + 100_000 - 24000);
  }

  @Test
  void aCallerSpeakingInRealTimeLosesNothing() {
    RecordingBudget budget = new RecordingBudget(8000 * 180, 160, 16000);
    for (int tick = 0; tick < 1000; tick++) {
      assertThat(budget.take(tick, 160)).isEqualTo(160);
    }
    assertThat(budget.discarded()).isZero();
  }
}
