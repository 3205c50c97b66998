package dev.vorzimmer.screening.internal.lists;

import dev.vorzimmer.screening.ListEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small immutable table from packed key to the full entries with that key (several entries may
 * share a pattern, e.g. an expired one and a current one). Used for single entries and prefixes.
 */
final class EntryTable {
  static final EntryTable EMPTY = new EntryTable(new long[0], new ListEntry[0][], 0);

  private final long[] keys;
  private final ListEntry[][] entries;
  private final int lengthMask;

  private EntryTable(long[] keys, ListEntry[][] entries, int lengthMask) {
    this.keys = keys;
    this.entries = entries;
    this.lengthMask = lengthMask;
  }

  /** Builds a table from (key, entry) pairs in any order. */
  static EntryTable of(Map<Long, List<ListEntry>> byKey) {
    if (byKey.isEmpty()) {
      return EMPTY;
    }
    TreeMap<Long, List<ListEntry>> sorted = new TreeMap<>(byKey);
    long[] keys = new long[sorted.size()];
    ListEntry[][] entries = new ListEntry[sorted.size()][];
    int mask = 0;
    int i = 0;
    for (Map.Entry<Long, List<ListEntry>> e : sorted.entrySet()) {
      keys[i] = e.getKey();
      entries[i] = e.getValue().toArray(new ListEntry[0]);
      mask |= 1 << PhoneKeys.length(keys[i]);
      i++;
    }
    return new EntryTable(keys, entries, mask);
  }

  /** Bit {@code n} is set when some key has {@code n} digits. */
  int lengthMask() {
    return lengthMask;
  }

  int size() {
    return keys.length;
  }

  /** The first entry for {@code key} active at {@code now}, or null. */
  ListEntry find(long key, Instant now) {
    int i = Arrays.binarySearch(keys, key);
    if (i < 0) {
      return null;
    }
    for (ListEntry e : entries[i]) {
      if (e.activeAt(now)) {
        return e;
      }
    }
    return null;
  }

  /** All entries, in key order. */
  List<ListEntry> all() {
    List<ListEntry> out = new ArrayList<>();
    for (ListEntry[] group : entries) {
      out.addAll(Arrays.asList(group));
    }
    return out;
  }
}
