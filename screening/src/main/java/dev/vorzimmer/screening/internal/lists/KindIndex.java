package dev.vorzimmer.screening.internal.lists;

import dev.vorzimmer.screening.ListEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything of one {@link dev.vorzimmer.screening.ListKind}: single numbers, bulk segments,
 * prefixes.
 */
final class KindIndex {
  private final EntryTable singles;
  private final Segment[] segments;
  private final EntryTable prefixes;

  KindIndex(EntryTable singles, List<Segment> segments, EntryTable prefixes) {
    this.singles = singles;
    this.segments = segments.toArray(new Segment[0]);
    this.prefixes = prefixes;
  }

  ListEntry match(String e164, long key, Instant now) {
    ListEntry hit = singles.find(key, now);
    if (hit != null) {
      return hit;
    }
    for (Segment s : segments) {
      hit = s.find(key, e164, now);
      if (hit != null) {
        return hit;
      }
    }
    return matchPrefix(key, now);
  }

  private ListEntry matchPrefix(long key, Instant now) {
    int mask = prefixes.lengthMask();
    if (mask == 0) {
      return null;
    }
    for (int len = PhoneKeys.length(key); len >= 1; len--) {
      if ((mask & (1 << len)) != 0) {
        ListEntry hit = prefixes.find(PhoneKeys.truncate(key, len), now);
        if (hit != null) {
          return hit;
        }
      }
    }
    return null;
  }

  long numberCount() {
    long n = singles.size();
    for (Segment s : segments) {
      n += s.size();
    }
    return n;
  }

  int prefixCount() {
    return prefixes.size();
  }

  List<ListEntry> singleAndPrefixEntries() {
    List<ListEntry> all = new ArrayList<>(singles.all());
    all.addAll(prefixes.all());
    return all;
  }

  List<Segment> segments() {
    return List.of(segments);
  }
}
