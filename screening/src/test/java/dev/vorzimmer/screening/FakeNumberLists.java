package dev.vorzimmer.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In-memory lists for tests: exact beats prefix, longer prefix beats shorter, expired never match.
 */
public final class FakeNumberLists implements NumberLists {
  private final List<ListEntry> entries = new ArrayList<>();

  public FakeNumberLists add(ListEntry entry) {
    entries.add(entry);
    return this;
  }

  public FakeNumberLists block(String pattern, String source) {
    return add(entry(pattern, ListKind.BLOCK, source, Instant.EPOCH, Optional.empty()));
  }

  public FakeNumberLists allow(String pattern, String source) {
    return add(entry(pattern, ListKind.ALLOW, source, Instant.EPOCH, Optional.empty()));
  }

  public static ListEntry entry(
      String pattern, ListKind kind, String source, Instant created, Optional<Instant> expires) {
    return new ListEntry(0, pattern, kind, "", source, created, expires);
  }

  @Override
  public synchronized Optional<ListEntry> match(String e164, ListKind kind, Instant now) {
    ListEntry best = null;
    int bestScore = -1;
    for (ListEntry e : entries) {
      if (e.kind() != kind || !e.activeAt(now)) {
        continue;
      }
      int score;
      if (e.isPrefix()) {
        String prefix = e.pattern().substring(0, e.pattern().length() - 1);
        score = e164.startsWith(prefix) ? prefix.length() : -1;
      } else {
        score = e.pattern().equals(e164) ? Integer.MAX_VALUE : -1;
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
