package dev.vorzimmer.sip.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the agent finds and re-tries its provider. Production uses {@link #defaults()}; tests point
 * DNS at their own server and shorten the pauses.
 *
 * @param dnsRetry pause before the next attempt when the provider's name does not resolve
 * @param authRetry pause before the next attempt when a refresh was refused (403, or 401 twice
 *     without stale)
 * @param dnsServer {@code host:port} of the only DNS server to ask, or empty for the system's name
 *     servers
 * @param dnsTimeout first timeout of a DNS query (one retry with twice this)
 */
public record ProviderTuning(
    Duration dnsRetry, Duration authRetry, Optional<String> dnsServer, Duration dnsTimeout) {

  /** Rejects nulls and non-positive pauses. */
  public ProviderTuning {
    Objects.requireNonNull(dnsServer, "dnsServer");
    for (Duration d : new Duration[] {dnsRetry, authRetry, dnsTimeout}) {
      Objects.requireNonNull(d, "duration");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("provider pauses must be positive but one was " + d);
      }
    }
  }

  /**
   * 30 s after a name did not resolve, 5 min after a refused refresh, system DNS with a 1 s first
   * timeout.
   */
  public static ProviderTuning defaults() {
    return new ProviderTuning(
        Duration.ofSeconds(30), Duration.ofMinutes(5), Optional.empty(), Duration.ofSeconds(1));
  }
}
