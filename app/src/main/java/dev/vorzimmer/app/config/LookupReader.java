package dev.vorzimmer.app.config;

import dev.vorzimmer.screening.LookupConfig;
import dev.vorzimmer.screening.Verdict;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code [screening.lookup]}: the online number lookup (PhoneBlock). */
final class LookupReader {
  /** Most a lookup may take: calls are decided within 2 s, and the other rules need time too. */
  static final int MAX_BUDGET_MS = 1500;

  private static final java.util.Set<String> LOOPBACK =
      java.util.Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private final Section l;
  private final List<String> warnings;

  LookupReader(Section l, List<String> warnings) {
    this.l = l;
    this.warnings = warnings;
  }

  /** The section's values, {@code d}'s where a key is not set. */
  LookupConfig read(LookupConfig d) throws ConfigException {
    boolean enabled = l.bool("enabled").orElse(d.enabled());
    String token = l.secret("token").orElse(d.token());
    URI url = urlText(l).orElse(d.url());
    long budgetMs =
        l.integer("budget_ms", 50, Integer.MAX_VALUE, 300).orElse(d.budget().toMillis());
    if (budgetMs > MAX_BUDGET_MS) {
      throw l.error(
          "budget_ms",
          "= " + budgetMs + " is longer than a call can wait for the lookup",
          "use at most "
              + MAX_BUDGET_MS
              + " (every call is decided within 2 s), e.g. budget_ms = 300");
    }
    Duration budget = Duration.ofMillis(budgetMs);
    int threshold = l.integer("threshold", 1, 10_000, 4).orElse((long) d.threshold()).intValue();
    Verdict action = action(d.action());
    Duration ttl =
        Duration.ofHours(l.integer("cache_hours", 1, 24 * 30, 24).orElse(d.cacheTtl().toHours()));
    long size = l.integer("cache_size", 1, 10_000_000, 10_000).orElse(d.cacheSize());
    if (enabled && token.isBlank()) {
      throw new ConfigException(
          l.file(),
          l.line("enabled"),
          "[screening.lookup] enabled = true needs a token",
          "get a PhoneBlock API token and add token = \"...\" to [screening.lookup], or set enabled = false");
    }
    if (enabled && !token.isBlank() && ConfigLoader.readableByOthers(l.file())) {
      warnings.add(
          l.file()
              + " holds the PhoneBlock token and is readable by other users. Fix: chmod 600 "
              + l.file());
    }
    l.rejectUnknownKeys();
    return new LookupConfig(enabled, token, url, budget, threshold, action, ttl, size);
  }

  /**
   * The lookup URL: https, or plain http to this machine only (a local test server). The token
   * travels with every request, so it never goes over plain http to another host.
   */
  private static Optional<URI> urlText(Section l) throws ConfigException {
    Optional<String> text = l.string("url", LookupConfig.PHONEBLOCK_URL.toString());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String fix = "write e.g. url = \"" + LookupConfig.PHONEBLOCK_URL + "\"";
    URI url;
    try {
      url = new URI(text.get().trim());
    } catch (URISyntaxException e) {
      throw l.error("url", "= \"" + text.get() + "\" is not an https URL", fix);
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") && url.getHost() != null) {
      return Optional.of(url);
    }
    if (scheme.equals("http") && LOOPBACK.contains(String.valueOf(url.getHost()))) {
      return Optional.of(url);
    }
    throw l.error(
        "url",
        "= \""
            + text.get()
            + "\" is not an https URL (the API token must not travel in clear text)",
        fix);
  }

  private Verdict action(Verdict d) throws ConfigException {
    Optional<String> actionText = l.string("action", "reject");
    if (actionText.isEmpty()) {
      return d;
    }
    return switch (actionText.get().trim().toLowerCase(Locale.ROOT)) {
      case "reject" -> Verdict.REJECT;
      case "voicemail" -> Verdict.VOICEMAIL;
      default ->
          throw l.error(
              "action",
              "= \"" + actionText.get() + "\" is not allowed",
              "use \"reject\" or \"voicemail\"");
    };
  }
}
