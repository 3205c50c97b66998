package dev.vorzimmer.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SegmentTest {
  private static final ListEntry TEMPLATE =
      new ListEntry(1, "", ListKind.BLOCK, "", "import:t", Instant.EPOCH, Optional.empty());

  @Test
  void findsEveryKeyAndNothingElseAcrossBlockBoundaries() {
    for (int n :
        new int[] {
          0, 1, Segment.STRIDE - 1, Segment.STRIDE, Segment.STRIDE + 1, 10 * Segment.STRIDE + 7
        }) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = 10L * i + 5;
      }
      Segment s = new Segment(TEMPLATE, keys);
      for (int i = 0; i < n; i++) {
        assertThat(s.contains(keys[i])).as("n=%d key #%d", n, i).isTrue();
        assertThat(s.contains(keys[i] + 1)).as("n=%d after #%d", n, i).isFalse();
        assertThat(s.contains(keys[i] - 1)).as("n=%d before #%d", n, i).isFalse();
      }
      assertThat(s.contains(Long.MAX_VALUE)).isFalse();
    }
  }

  @Test
  void agreesWithPlainBinarySearchOnRandomKeys() {
    SplittableRandom rnd = new SplittableRandom(1);
    LongArrayBuilder b = new LongArrayBuilder();
    for (int i = 0; i < 50_000; i++) {
      b.add(rnd.nextLong(1_000_000));
    }
    long[] keys = b.toSortedUnique();
    Segment s = new Segment(TEMPLATE, keys);
    for (int i = 0; i < 100_000; i++) {
      long probe = rnd.nextLong(1_000_001);
      assertThat(s.contains(probe)).isEqualTo(java.util.Arrays.binarySearch(keys, probe) >= 0);
    }
  }
}
