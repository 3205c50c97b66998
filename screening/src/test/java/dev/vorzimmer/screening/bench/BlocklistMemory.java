package dev.vorzimmer.screening.bench;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.internal.lists.CompactNumberLists;
import java.util.HashSet;
import java.util.Set;

/**
 * Retained heap per blocked number: {@link CompactNumberLists} against {@code HashSet<String>}, 10
 * million numbers each, measured as used heap after full GCs before and after building (run with
 * {@code -XX:+UseSerialGC} for stable numbers; {@code scripts/bench-screening memory} does). Not a
 * JMH benchmark: memory is a size, not a time.
 */
public final class BlocklistMemory {
  private BlocklistMemory() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : BenchNumbers.TEN_MILLION;
    String[] numbers = BenchNumbers.numbers(n, 42);
    long[] keysForCount = BenchNumbers.keys(numbers);
    int unique = keysForCount.length;
    keysForCount = null;

    long before = usedAfterGc();
    CompactNumberLists compact =
        CompactNumberLists.builder()
            .addSegment(BenchNumbers.TEMPLATE, BenchNumbers.keys(numbers))
            .build();
    long compactBytes = usedAfterGc() - before;

    before = usedAfterGc();
    Set<String> hashSet = new HashSet<>();
    for (String s : numbers) {
      hashSet.add(new String(s.toCharArray()));
    }
    long hashSetBytes = usedAfterGc() - before;

    double compactPer = (double) compactBytes / unique;
    double hashPer = (double) hashSetBytes / unique;
    System.out.printf("numbers (unique)            : %,d%n", unique);
    System.out.printf(
        "CompactNumberLists          : %,d bytes = %.2f bytes/number (%,d numbers held)%n",
        compactBytes, compactPer, compact.numberCount(ListKind.BLOCK));
    System.out.printf(
        "HashSet<String>             : %,d bytes = %.2f bytes/number (%,d numbers held)%n",
        hashSetBytes, hashPer, hashSet.size());
    System.out.printf("ratio HashSet / compact     : %.1fx%n", hashPer / compactPer);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
