package dev.vorzimmer.screening.internal.lists;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.NumberLists;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable, memory-compact {@link NumberLists}. Exact numbers of bulk imports are kept as sorted
 * packed {@code long}s per source ({@link Segment}, 8 bytes per number), single entries and
 * prefixes in small sorted tables. Lookups are binary searches; a hit allocates one entry.
 *
 * <p>{@link #match} returns empty for input that is not {@code +} followed by 1–15 digits.
 */
public final class CompactNumberLists implements NumberLists {
  private final Map<ListKind, KindIndex> byKind;

  private CompactNumberLists(Map<ListKind, KindIndex> byKind) {
    this.byKind = byKind;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Lists with no entries at all. */
  public static CompactNumberLists empty() {
    return builder().build();
  }

  @Override
  public Optional<ListEntry> match(String e164, ListKind kind, Instant now) {
    long key = PhoneKeys.packNumber(e164);
    if (key == PhoneKeys.INVALID) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKind.get(kind).match(e164, key, now));
  }

  /** Number of exact numbers of {@code kind} (bulk and single). */
  public long numberCount(ListKind kind) {
    return byKind.get(kind).numberCount();
  }

  /** Number of distinct prefixes of {@code kind}. */
  public int prefixCount(ListKind kind) {
    return byKind.get(kind).prefixCount();
  }

  /**
   * Collects entries, then builds. Entries that share all metadata (same id, reason, source,
   * created, expires) are grouped; groups of at least {@value #SEGMENT_MIN} numbers become compact
   * segments, the rest stay full entries.
   */
  public static final class Builder {
    static final int SEGMENT_MIN = 32;

    private final Map<ListKind, KindParts> parts = new EnumMap<>(ListKind.class);
    private ListEntry lastTemplate;
    private LongArrayBuilder lastGroup;

    private Builder() {
      for (ListKind k : ListKind.values()) {
        parts.put(k, new KindParts());
      }
    }

    /**
     * Adds one entry.
     *
     * @throws IllegalArgumentException if the pattern is neither an E.164 number nor a prefix
     */
    public Builder add(ListEntry e) {
      KindParts p = parts.get(e.kind());
      if (e.isPrefix()) {
        long key = PhoneKeys.packPrefix(e.pattern());
        requireValid(key, e);
        p.prefixes.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
        return this;
      }
      long key = PhoneKeys.packNumber(e.pattern());
      requireValid(key, e);
      groupFor(e, p).add(key);
      return this;
    }

    /**
     * Adds a whole bulk list without copying it.
     *
     * @param template metadata of every number (its pattern is ignored)
     * @param sortedUniqueKeys sorted duplicate-free keys from {@link PhoneKeys}; must not be
     *     modified later
     */
    public Builder addSegment(ListEntry template, long[] sortedUniqueKeys) {
      parts.get(template.kind()).segments.add(new Segment(template, sortedUniqueKeys));
      return this;
    }

    public CompactNumberLists build() {
      Map<ListKind, KindIndex> byKind = new EnumMap<>(ListKind.class);
      parts.forEach((kind, p) -> byKind.put(kind, p.build()));
      lastTemplate = null;
      lastGroup = null;
      return new CompactNumberLists(byKind);
    }

    private static void requireValid(long key, ListEntry e) {
      if (key == PhoneKeys.INVALID) {
        throw new IllegalArgumentException(
            "not a phone number or prefix: '"
                + e.pattern()
                + "' (expected +<1-15 digits> or +<digits>*)");
      }
    }

    private LongArrayBuilder groupFor(ListEntry e, KindParts p) {
      if (lastTemplate != null && sameMetadata(lastTemplate, e)) {
        return lastGroup;
      }
      ListEntry template =
          new ListEntry(e.id(), "", e.kind(), e.reason(), e.source(), e.created(), e.expires());
      lastTemplate = template;
      lastGroup = p.groups.computeIfAbsent(template, t -> new LongArrayBuilder(16));
      return lastGroup;
    }

    private static boolean sameMetadata(ListEntry a, ListEntry b) {
      return a.id() == b.id()
          && a.kind() == b.kind()
          && a.reason().equals(b.reason())
          && a.source().equals(b.source())
          && a.created().equals(b.created())
          && a.expires().equals(b.expires());
    }
  }

  /** Mutable collection state of one kind inside the builder. */
  private static final class KindParts {
    final Map<ListEntry, LongArrayBuilder> groups = new HashMap<>();
    final Map<Long, List<ListEntry>> prefixes = new HashMap<>();
    final List<Segment> segments = new ArrayList<>();

    KindIndex build() {
      Map<Long, List<ListEntry>> singles = new HashMap<>();
      List<Segment> all = new ArrayList<>(segments);
      groups.forEach(
          (template, numbers) -> {
            long[] keys = numbers.toSortedUnique();
            if (keys.length >= Builder.SEGMENT_MIN) {
              all.add(new Segment(template, keys));
              return;
            }
            for (long key : keys) {
              singles.computeIfAbsent(key, k -> new ArrayList<>(1)).add(withPattern(template, key));
            }
          });
      return new KindIndex(EntryTable.of(singles), all, EntryTable.of(prefixes));
    }

    private static ListEntry withPattern(ListEntry t, long key) {
      return new ListEntry(
          t.id(),
          PhoneKeys.toNumber(key),
          t.kind(),
          t.reason(),
          t.source(),
          t.created(),
          t.expires());
    }
  }
}
