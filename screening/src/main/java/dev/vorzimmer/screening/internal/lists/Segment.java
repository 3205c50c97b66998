package dev.vorzimmer.screening.internal.lists;

import dev.vorzimmer.screening.ListEntry;
import java.time.Instant;
import java.util.Arrays;

/**
 * Many exact numbers sharing one set of metadata (one bulk import): a sorted array of unique number
 * keys plus a single template entry. Costs 8 bytes per number, plus a sample of every {@value
 * #STRIDE}th key (1/8 byte per number) that is searched first: it is small enough to stay in the
 * CPU cache, so a lookup touches main memory only for the last few probes in one block.
 */
public final class Segment {
  static final int STRIDE = 64;

  private final ListEntry template;
  private final long[] keys;
  private final long[] sample;

  /**
   * @param template metadata shared by all numbers; its pattern is ignored
   * @param keys sorted, duplicate-free number keys (see {@link PhoneKeys}); not copied, not
   *     modified
   */
  public Segment(ListEntry template, long[] keys) {
    this.template = template;
    this.keys = keys;
    this.sample = new long[(keys.length + STRIDE - 1) / STRIDE];
    for (int i = 0; i < sample.length; i++) {
      sample[i] = keys[i * STRIDE];
    }
  }

  /** True if {@code key} is one of the numbers. */
  boolean contains(long key) {
    int s = Arrays.binarySearch(sample, key);
    if (s >= 0) {
      return true;
    }
    int block = -s - 2;
    if (block < 0) {
      return false;
    }
    int from = block * STRIDE;
    return Arrays.binarySearch(keys, from, Math.min(from + STRIDE, keys.length), key) >= 0;
  }

  /** The entry for {@code e164} (whose key is {@code key}) if present and active, else null. */
  ListEntry find(long key, String e164, Instant now) {
    if (!template.activeAt(now) || !contains(key)) {
      return null;
    }
    return new ListEntry(
        template.id(),
        e164,
        template.kind(),
        template.reason(),
        template.source(),
        template.created(),
        template.expires());
  }

  /** Metadata shared by all numbers. */
  public ListEntry template() {
    return template;
  }

  /** Number of numbers in this segment. */
  public int size() {
    return keys.length;
  }
}
