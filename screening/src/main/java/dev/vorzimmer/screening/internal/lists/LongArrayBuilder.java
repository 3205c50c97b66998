package dev.vorzimmer.screening.internal.lists;

import java.util.Arrays;

/** A growable primitive {@code long} array that ends as a sorted, duplicate-free array. */
public final class LongArrayBuilder {
  private long[] values;
  private int size;
  private int duplicates;

  public LongArrayBuilder() {
    this(1024);
  }

  public LongArrayBuilder(int initialCapacity) {
    values = new long[Math.max(16, initialCapacity)];
  }

  public void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(16, size + (size >> 1)));
    }
    values[size++] = value;
  }

  public int size() {
    return size;
  }

  /** Duplicates dropped by the last {@link #toSortedUnique()}. */
  public int duplicates() {
    return duplicates;
  }

  /** Sorts, removes duplicates and returns a right-sized array; the builder is left empty. */
  public long[] toSortedUnique() {
    long[] a = values;
    int n = size;
    Arrays.parallelSort(a, 0, n);
    int w = 0;
    for (int r = 0; r < n; r++) {
      if (w == 0 || a[w - 1] != a[r]) {
        a[w++] = a[r];
      }
    }
    duplicates = n - w;
    values = new long[16];
    size = 0;
    return w == a.length ? a : Arrays.copyOf(a, w);
  }
}
