package dev.vorzimmer.screening.internal.rules;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** When each number last called; bounded (least recently calling numbers forgotten first). Thread-safe. */
public final class RecentCalls {
  private final Map<String, Instant> lastCall;

  public RecentCalls(int capacity) {
    this.lastCall = new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Records a call from {@code e164} at {@code now}, returning the previous call time. */
  public synchronized Optional<Instant> record(String e164, Instant now) {
    return Optional.ofNullable(lastCall.put(e164, now));
  }

  /** The last recorded call from {@code e164} (records nothing). */
  public synchronized Optional<Instant> lastCall(String e164) {
    return Optional.ofNullable(lastCall.get(e164));
  }

  public synchronized int size() {
    return lastCall.size();
  }
}
