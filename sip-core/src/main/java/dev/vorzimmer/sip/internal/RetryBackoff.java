package dev.vorzimmer.sip.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Capped exponential backoff: attempt 1 waits {@code base}, each further attempt twice as long,
 * never more than {@code cap}.
 */
public record RetryBackoff(Duration base, Duration cap) {

  /** Rejects non-positive durations and a cap below the base. */
  public RetryBackoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("backoff base must be positive but was " + base);
    }
    if (cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff cap " + cap + " is below its base " + base);
    }
  }

  /**
   * Delay before the given attempt.
   *
   * @param attempt 1 for the first retry after a failure, 2 for the second, ...
   */
  public Duration delay(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt counts from 1 but was " + attempt);
    }
    int doublings = Math.min(attempt - 1, 62);
    long baseMillis = base.toMillis();
    if (baseMillis > (cap.toMillis() >> doublings)) {
      return cap;
    }
    return Duration.ofMillis(baseMillis << doublings);
  }
}
