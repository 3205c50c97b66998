package dev.vorzimmer.screening.internal.lookup;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.LookupResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caches another lookup's answers (also "not found") for a time, bounded in size. An answer that
 * arrives after the screener stopped waiting is still cached, so the next call from the number is
 * decided with it. Failures are not cached. Concurrent lookups of one number share one request.
 */
public final class CachingLookup implements CallerLookup {
  private final CallerLookup delegate;
  private final Cache<String, CompletableFuture<LookupResult>> cache;
  private final AtomicInteger requests = new AtomicInteger();

  /** Caches for {@code ttl}, at most {@code maxSize} numbers, timed by {@code ticker}. */
  public CachingLookup(CallerLookup delegate, Duration ttl, long maxSize, Ticker ticker) {
    this.delegate = delegate;
    this.cache =
        CacheBuilder.newBuilder().expireAfterWrite(ttl).maximumSize(maxSize).ticker(ticker).build();
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public CompletableFuture<LookupResult> lookup(String e164) {
    CompletableFuture<LookupResult> mine = new CompletableFuture<>();
    CompletableFuture<LookupResult> existing = cache.asMap().putIfAbsent(e164, mine);
    if (existing != null) {
      return existing.copy();
    }
    requests.incrementAndGet();
    CompletableFuture<LookupResult> request;
    try {
      request = delegate.lookup(e164);
    } catch (RuntimeException e) {
      request = CompletableFuture.failedFuture(e);
    }
    request.whenComplete(
        (result, error) -> {
          if (error != null) {
            cache.asMap().remove(e164, mine);
            mine.completeExceptionally(error);
          } else {
            mine.complete(result);
          }
        });
    return mine.copy();
  }

  /** Requests passed on to the real service (for tests and diagnostics). */
  public int requests() {
    return requests.get();
  }
}
