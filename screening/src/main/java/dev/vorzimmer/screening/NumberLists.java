package dev.vorzimmer.screening;

import java.time.Instant;
import java.util.Optional;

/**
 * Block and allow lists as the rules see them. Matching: an exact entry beats a prefix entry, a
 * longer prefix beats a shorter one; entries expired at {@code now} never match. Implementations
 * must answer in microseconds even with 10 million block entries.
 */
public interface NumberLists {
  /** The most specific active entry of {@code kind} that matches {@code e164}, if any. */
  Optional<ListEntry> match(String e164, ListKind kind, Instant now);
}
