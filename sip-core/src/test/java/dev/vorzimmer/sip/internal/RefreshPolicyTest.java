package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshPolicyTest {

  @Test
  void shortLifetimesRefreshAtHalfTime() {
    assertThat(RefreshPolicy.refreshDelay(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(RefreshPolicy.refreshDelay(5)).isEqualTo(Duration.ofMillis(2500));
    assertThat(RefreshPolicy.refreshDelay(60)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void longLifetimesRefreshThirtySecondsBeforeExpiry() {
    assertThat(RefreshPolicy.refreshDelay(600)).isEqualTo(Duration.ofSeconds(570));
    assertThat(RefreshPolicy.refreshDelay(3600)).isEqualTo(Duration.ofSeconds(3570));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 10, 59, 61, 120, 3600, 86_400})
  void alwaysStrictlyBeforeExpiryAndNotBeforeHalfTime(int granted) {
    Duration delay = RefreshPolicy.refreshDelay(granted);

    assertThat(delay).isLessThan(Duration.ofSeconds(granted));
    assertThat(delay.toMillis()).isGreaterThanOrEqualTo(granted * 500L);
  }

  @Test
  void rejectsZero() {
    assertThatThrownBy(() -> RefreshPolicy.refreshDelay(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
