package dev.vorzimmer.sip.internal;

import java.time.Duration;

/**
 * When to refresh a registration: half of the granted lifetime, but for long lifetimes no earlier
 * than 30 seconds before expiry, i.e. {@code max(granted / 2, granted - 30 s)}. Always strictly
 * before expiry.
 */
public final class RefreshPolicy {

  private static final long MARGIN_MILLIS = 30_000;

  private RefreshPolicy() {}

  /**
   * Delay after a successful REGISTER with the given granted lifetime until the refresh is sent.
   */
  public static Duration refreshDelay(int grantedSeconds) {
    if (grantedSeconds < 1) {
      throw new IllegalArgumentException(
          "granted expires must be at least 1 s but was " + grantedSeconds);
    }
    long grantedMillis = grantedSeconds * 1000L;
    return Duration.ofMillis(Math.max(grantedMillis / 2, grantedMillis - MARGIN_MILLIS));
  }
}
