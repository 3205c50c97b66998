package dev.vorzimmer.screening.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each number last called, kept only as long as the repeat rule can use it: calls older than
 * the {@code keep} given with the newest call are forgotten, and at most {@code capacity} numbers
 * are kept (the longest silent forgotten first). Memory therefore follows the calls of the last few
 * minutes, not every call ever screened. Thread-safe.
 */
public final class RecentCalls {
  private final int capacity;

  /** In order of each number's last call, oldest first. */
  private final Map<String, Instant> lastCall = new LinkedHashMap<>();

  public RecentCalls(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Records a call from {@code e164} at {@code now}, returning the previous call time; calls before
   * {@code now - keep} are forgotten (nothing is kept when {@code keep} is zero).
   */
  public synchronized Optional<Instant> record(String e164, Instant now, Duration keep) {
    Instant previous = lastCall.remove(e164);
    Instant cutoff = now.minus(keep);
    for (Iterator<Instant> oldest = lastCall.values().iterator(); oldest.hasNext(); ) {
      if (!oldest.next().isBefore(cutoff)) {
        break;
      }
      oldest.remove();
    }
    if (!keep.isZero()) {
      lastCall.put(e164, now);
      if (lastCall.size() > capacity) {
        Iterator<Instant> oldest = lastCall.values().iterator();
        oldest.next();
        oldest.remove();
      }
    }
    return Optional.ofNullable(previous);
  }

  /** The last recorded call from {@code e164} (records nothing). */
  public synchronized Optional<Instant> lastCall(String e164) {
    return Optional.ofNullable(lastCall.get(e164));
  }

  public synchronized int size() {
    return lastCall.size();
  }
}
