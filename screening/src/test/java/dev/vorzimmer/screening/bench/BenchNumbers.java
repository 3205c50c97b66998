package dev.vorzimmer.screening.bench;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.internal.lists.LongArrayBuilder;
import dev.vorzimmer.screening.internal.lists.PhoneKeys;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic block lists: German numbers {@code +49} plus 10 random digits spread over
 * the whole range (so lookups of hits and misses land anywhere in the sorted array), and 3-digit
 * prefixes {@code +49ddd*} from the same range.
 */
final class BenchNumbers {
  static final int TEN_MILLION = 10_000_000;
  static final ListEntry TEMPLATE =
      new ListEntry(
          1, "", ListKind.BLOCK, "robot", "import:bench.txt", Instant.EPOCH, Optional.empty());

  private BenchNumbers() {}

  /** About {@code n} distinct numbers as E.164 strings (a few collide and are dropped later). */
  static String[] numbers(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = number(rnd);
    }
    return out;
  }

  static String number(SplittableRandom rnd) {
    return "+49" + (1_000_000_000L + rnd.nextLong(9_000_000_000L));
  }

  /** Sorted unique keys of {@code numbers}. */
  static long[] keys(String[] numbers) {
    LongArrayBuilder b = new LongArrayBuilder(numbers.length);
    for (String s : numbers) {
      b.add(PhoneKeys.packNumber(s));
    }
    return b.toSortedUnique();
  }

  /** {@code count} distinct prefixes {@code +49ddd*}. */
  static String[] prefixes(int count, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < count) {
      out.add("+49" + (100 + rnd.nextInt(900)) + "*");
    }
    return out.toArray(new String[0]);
  }

  /** Writes a text list of {@code n} numbers, one per line. */
  static void writeTextList(Path file, int n, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# synthetic benchmark list\n");
      for (int i = 0; i < n; i++) {
        w.write(number(rnd));
        w.write('\n');
      }
    }
  }
}
