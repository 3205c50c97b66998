package dev.vorzimmer.sip.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per source address for ghost INVITEs: each source may have {@code burst} ghosts
 * handled in full (transaction, log line, call event), refilled at {@code perSecond}; beyond that
 * the caller answers them cheaply. Confined to one thread (the SIP event thread). Memory is
 * bounded: when more than {@link #MAX_SOURCES} sources are tracked, full (idle) buckets are
 * forgotten, and if that is not enough, all of them.
 */
public final class GhostRateLimiter {

  /** At most this many sources are remembered. */
  static final int MAX_SOURCES = 4096;

  private final double burst;
  private final double perNano;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new HashMap<>();

  /**
   * {@code burst} ghosts at once per source, then {@code perSecond}; time from {@code nanoTime}.
   */
  public GhostRateLimiter(int burst, double perSecond, LongSupplier nanoTime) {
    if (burst < 1 || perSecond <= 0) {
      throw new IllegalArgumentException("burst must be >= 1 and perSecond > 0");
    }
    this.burst = burst;
    this.perNano = perSecond / 1e9;
    this.nanoTime = nanoTime;
  }

  /** 10 at once per source, then one every 2 s. */
  public static GhostRateLimiter defaults() {
    return new GhostRateLimiter(10, 0.5, System::nanoTime);
  }

  /** Takes a token for {@code source}: true if this ghost may be handled in full. */
  public boolean tryAcquire(String source) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.get(source);
    if (bucket == null) {
      if (buckets.size() >= MAX_SOURCES) {
        forgetIdle(now);
      }
      bucket = new Bucket(burst, now);
      buckets.put(source, bucket);
    }
    double tokens = bucket.tokensAt(now);
    bucket.at = now;
    bucket.tokens = tokens >= 1 ? tokens - 1 : tokens;
    return tokens >= 1;
  }

  int trackedSources() {
    return buckets.size();
  }

  private void forgetIdle(long now) {
    buckets.values().removeIf(b -> b.tokensAt(now) >= burst);
    if (buckets.size() >= MAX_SOURCES) {
      buckets.clear();
    }
  }

  /** Tokens left at {@code at}. */
  private final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    double tokensAt(long now) {
      return Math.min(burst, tokens + (now - at) * perNano);
    }
  }
}
