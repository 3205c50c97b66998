package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  private final RetryBackoff backoff =
      new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

  @Test
  void doublesFromTheBase() {
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delay(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.delay(6)).isEqualTo(Duration.ofSeconds(32));
  }

  @Test
  void neverExceedsTheCapEvenAfterManyAttempts() {
    assertThat(backoff.delay(7)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.delay(64)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void subSecondBasesWork() {
    RetryBackoff fast = new RetryBackoff(Duration.ofMillis(200), Duration.ofSeconds(1));

    assertThat(fast.delay(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(fast.delay(3)).isEqualTo(Duration.ofMillis(800));
    assertThat(fast.delay(4)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> backoff.delay(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap");
  }
}
