package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GhostRateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final GhostRateLimiter limiter = new GhostRateLimiter(3, 1, now::get);

  private int granted(String source, int attempts) {
    int n = 0;
    for (int i = 0; i < attempts; i++) {
      n += limiter.tryAcquire(source) ? 1 : 0;
    }
    return n;
  }

  @Test
  void aSourceGetsItsBurstThenOnlyTheRefillRate() {
    assertThat(granted("203.0.113.9", 100)).isEqualTo(3);
    now.addAndGet(TimeUnit.SECONDS.toNanos(2));
    assertThat(granted("203.0.113.9", 100)).isEqualTo(2);
  }

  @Test
  void sourcesHaveTheirOwnBuckets() {
    granted("203.0.113.9", 100);
    assertThat(granted("198.51.100.7", 100)).isEqualTo(3);
  }

  @Test
  void aBucketNeverHoldsMoreThanTheBurst() {
    limiter.tryAcquire("192.0.2.1");
    now.addAndGet(TimeUnit.HOURS.toNanos(1));
    assertThat(granted("192.0.2.1", 100)).isEqualTo(3);
  }

  @Test
  void memoryStaysBoundedUnderSpoofedSources() {
    for (int i = 0; i < GhostRateLimiter.MAX_SOURCES * 3; i++) {
      limiter.tryAcquire("10.0." + (i / 256) + "." + (i % 256));
    }
    assertThat(limiter.trackedSources()).isLessThanOrEqualTo(GhostRateLimiter.MAX_SOURCES);
  }
}
