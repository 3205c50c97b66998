package dev.vorzimmer.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentCallsTest {
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private final Instant t0 = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void aRepeatCallWithinTheWindowSeesThePreviousCall() {
    RecentCalls recent = new RecentCalls(100);
    recent.record("+4930123456", t0, FIVE_MINUTES);
    assertThat(recent.record("+4930123456", t0.plusSeconds(60), FIVE_MINUTES)).contains(t0);
    assertThat(recent.lastCall("+4930123456")).contains(t0.plusSeconds(60));
  }

  @Test
  void callsOlderThanTheWindowAreForgottenWhenTheNextCallComes() {
    RecentCalls recent = new RecentCalls(100);
    for (int i = 0; i < 50; i++) {
      recent.record("+49301234" + (10 + i), t0, FIVE_MINUTES);
    }
    recent.record("+4930999999", t0.plus(FIVE_MINUTES).plusSeconds(1), FIVE_MINUTES);
    assertThat(recent.size()).isEqualTo(1);
    assertThat(recent.lastCall("+4930123410")).isEmpty();
  }

  @Test
  void aFloodOfNewNumbersKeepsAtMostTheCapacityNewestFirst() {
    RecentCalls recent = new RecentCalls(100);
    for (int i = 0; i < 1_000; i++) {
      recent.record("+4930" + (1_000_000 + i), t0, FIVE_MINUTES);
    }
    assertThat(recent.size()).isEqualTo(100);
    assertThat(recent.lastCall("+4930" + 1_000_999)).contains(t0);
    assertThat(recent.lastCall("+4930" + 1_000_000)).isEmpty();
  }

  @Test
  void nothingIsKeptWhenTheRepeatRuleIsOff() {
    RecentCalls recent = new RecentCalls(100);
    recent.record("+4930123456", t0, Duration.ZERO);
    assertThat(recent.record("+4930123456", t0.plusSeconds(1), Duration.ZERO)).isEmpty();
    assertThat(recent.size()).isZero();
  }
}
