package dev.vorzimmer.screening;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the online reverse lookup (PhoneBlock). TOML keys under {@code [screening.lookup]}
 * are given per field.
 *
 * @param enabled {@code lookup.enabled} — off by default, because it sends the caller's number to a
 *     third party
 * @param token {@code lookup.token} — PhoneBlock API token (sent as {@code Authorization: Bearer})
 * @param url {@code lookup.url} — API base URL, default {@code
 *     https://phoneblock.net/phoneblock/api}
 * @param budget {@code lookup.budget_ms} — how long a decision waits for the answer (default 300
 *     ms); without an answer the decision proceeds and says so in its reasons
 * @param threshold {@code lookup.threshold} — spam votes from which {@code action} applies (default
 *     4)
 * @param action {@code lookup.action} — {@code "reject"} (default) or {@code "voicemail"}
 * @param cacheTtl {@code lookup.cache_hours} — how long answers (also "not found") are cached (24
 *     h)
 * @param cacheSize {@code lookup.cache_size} — maximum cached numbers (default 10 000)
 */
public record LookupConfig(
    boolean enabled,
    String token,
    URI url,
    Duration budget,
    int threshold,
    Verdict action,
    Duration cacheTtl,
    long cacheSize) {

  /** The public PhoneBlock API. */
  public static final URI PHONEBLOCK_URL = URI.create("https://phoneblock.net/phoneblock/api");

  public LookupConfig {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(url, "url");
    requirePositive(budget, "lookup.budget_ms");
    requirePositive(cacheTtl, "lookup.cache_hours");
    if (threshold < 1) {
      throw new IllegalArgumentException("lookup.threshold must be at least 1, was " + threshold);
    }
    if (action == Verdict.RING || action == null) {
      throw new IllegalArgumentException(
          "lookup.action must be \"reject\" or \"voicemail\", was " + action);
    }
    if (cacheSize < 1) {
      throw new IllegalArgumentException("lookup.cache_size must be at least 1, was " + cacheSize);
    }
  }

  /** Disabled, public URL, no token, 300 ms budget, threshold 4, reject, 24 h cache of 10 000. */
  public static LookupConfig defaults() {
    return new LookupConfig(
        false,
        "",
        PHONEBLOCK_URL,
        Duration.ofMillis(300),
        4,
        Verdict.REJECT,
        Duration.ofHours(24),
        10_000);
  }

  /** Enabled with {@code token} against {@code url}, other settings unchanged. */
  public LookupConfig enabledWith(String apiToken, URI baseUrl) {
    return new LookupConfig(
        true, apiToken, baseUrl, budget, threshold, action, cacheTtl, cacheSize);
  }

  /** With a different budget. */
  public LookupConfig withBudget(Duration newBudget) {
    return new LookupConfig(enabled, token, url, newBudget, threshold, action, cacheTtl, cacheSize);
  }

  /** With a different threshold and action. */
  public LookupConfig withThreshold(int votes, Verdict verdict) {
    return new LookupConfig(enabled, token, url, budget, votes, verdict, cacheTtl, cacheSize);
  }

  static void requirePositive(Duration d, String key) {
    Objects.requireNonNull(d, key);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(key + " must be positive, was " + d);
    }
  }
}
