package dev.vorzimmer.screening.store;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * An in-memory snapshot that reloads when its generation counter (bumped by triggers) changed.
 *
 * <p>A decision asks it several times per call, so a use normally costs two volatile reads: the
 * counter is read (on the store's {@link GenerationReader}, never under the writing connection's
 * lock) only when this process committed a change a view may read since the last check ({@link
 * Db#viewWrites()}: call-log and message writes do not count), or when the last check is more than
 * {@link #RECHECK_NANOS} old. So a change made through this store is seen by the next use, and one
 * made by another process (a {@code vorzimmer block add} beside the running phone) at most {@value
 * #RECHECK_MILLIS} ms later.
 */
final class CachedView<T> {
  /**
   * How stale a view may be for changes committed by another connection (a CLI command beside the
   * running phone): 50 ms is nothing a user can notice, while at 5 ms a call flood read the
   * counters for every few calls (#15's profile: an eighth of the decision thread).
   */
  static final long RECHECK_MILLIS = 50;

  static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS);

  private final Db db;
  private final GenerationReader generations;
  private final String generation;
  private final Supplier<T> loader;
  private final LongSupplier nanoTime;
  private volatile T value;
  private volatile long seenWrites = Long.MIN_VALUE;
  private volatile long checkedAt;
  private long loadedGeneration = Long.MIN_VALUE;

  CachedView(
      Db db,
      GenerationReader generations,
      String generation,
      Supplier<T> loader,
      LongSupplier nanoTime) {
    this.db = db;
    this.generations = generations;
    this.generation = generation;
    this.loader = loader;
    this.nanoTime = nanoTime;
  }

  /** The current snapshot, reloaded first if the data changed since the last check. */
  T get() {
    T current = value;
    if (current != null
        && seenWrites == db.viewWrites()
        && nanoTime.getAsLong() - checkedAt < RECHECK_NANOS) {
      return current;
    }
    return check();
  }

  private synchronized T check() {
    long writes = db.viewWrites();
    long now = nanoTime.getAsLong();
    if (value != null && seenWrites == writes && now - checkedAt < RECHECK_NANOS) {
      return value; // another decision thread checked while this one waited for the lock
    }
    long gen = generations.read(generation);
    if (value == null || gen != loadedGeneration) {
      value = loader.get();
      loadedGeneration = gen;
    }
    checkedAt = now;
    seenWrites = writes;
    return value;
  }
}
