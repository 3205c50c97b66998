package dev.vorzimmer.screening.store;

import java.util.function.Supplier;

/**
 * An in-memory snapshot that reloads when its generation counter (bumped by triggers) changed. The
 * per-use check is one {@code PRAGMA data_version}; the counter is only read when something was
 * committed, so call-log writes do not cause list reloads.
 */
final class CachedView<T> {
  private final Db db;
  private final String generation;
  private final Supplier<T> loader;
  private volatile T value;
  private long stamp = Long.MIN_VALUE;
  private long loadedGeneration = Long.MIN_VALUE;

  CachedView(Db db, String generation, Supplier<T> loader) {
    this.db = db;
    this.generation = generation;
    this.loader = loader;
  }

  /** The current snapshot, reloaded first if the data changed since the last call. */
  synchronized T get() {
    long now = db.changeStamp();
    if (now == stamp && value != null) {
      return value;
    }
    long gen = db.read("reading generation " + generation, c -> generation(c));
    if (value == null || gen != loadedGeneration) {
      value = loader.get();
      loadedGeneration = gen;
    }
    stamp = now;
    return value;
  }

  private long generation(java.sql.Connection c) throws java.sql.SQLException {
    try (var ps = c.prepareStatement("SELECT value FROM generations WHERE name = ?")) {
      ps.setString(1, generation);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
