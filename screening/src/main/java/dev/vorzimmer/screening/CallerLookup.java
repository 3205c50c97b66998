package dev.vorzimmer.screening;

import com.google.common.base.Ticker;
import dev.vorzimmer.screening.internal.lookup.CachingLookup;
import dev.vorzimmer.screening.internal.lookup.PhoneBlockLookup;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * An online reverse lookup. Implementations never block the caller: the answer arrives through the
 * future, which completes exceptionally ({@link LookupException}) on errors. The screener waits at
 * most the configured budget and proceeds without an answer otherwise.
 */
public interface CallerLookup {

  /** No lookup at all (the default: looking a number up sends it to a third party). */
  CallerLookup NONE =
      new CallerLookup() {
        @Override
        public CompletableFuture<LookupResult> lookup(String e164) {
          return CompletableFuture.completedFuture(LookupResult.notFound());
        }

        @Override
        public String name() {
          return "none";
        }
      };

  /**
   * The lookup the configuration asks for: {@link #NONE} when disabled, else PhoneBlock at {@code
   * config.url()} behind a cache ({@code config.cacheTtl()}, {@code config.cacheSize()}).
   */
  static CallerLookup fromConfig(LookupConfig config) {
    if (!config.enabled()) {
      return NONE;
    }
    var phoneBlock =
        new PhoneBlockLookup(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
            config.url(),
            config.token());
    return new CachingLookup(
        phoneBlock, config.cacheTtl(), config.cacheSize(), Ticker.systemTicker());
  }

  /** Looks {@code e164} ({@code +4930123456}) up. */
  CompletableFuture<LookupResult> lookup(String e164);

  /** Service name for reasons, e.g. "PhoneBlock". */
  String name();

  /**
   * A lookup failed with a message fit for a reason ("PhoneBlock rejected the token (HTTP 401)").
   */
  final class LookupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LookupException(String message) {
      super(message);
    }

    public LookupException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
