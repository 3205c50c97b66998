package dev.vorzimmer.screening.bench;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.internal.lists.CompactNumberLists;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Block-list lookup latency with 10 million exact numbers and 200 prefixes: {@link
 * CompactNumberLists} against the obvious {@code HashSet<String>} (prefixes checked by probing
 * every shorter {@code "+49…*"} string). Queries rotate through 4096 different random numbers
 * (hits, numbers only under a prefix, numbers on no list) spread over the whole key range, so the
 * binary search takes a different path each time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class BlocklistLookupBenchmark {
  private static final int QUERIES = 4096;
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  private CompactNumberLists compact;
  private Set<String> hashSet;
  private final String[] exactHits = new String[QUERIES];
  private final String[] prefixHits = new String[QUERIES];
  private final String[] misses = new String[QUERIES];
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    String[] numbers = BenchNumbers.numbers(BenchNumbers.TEN_MILLION, 42);
    String[] prefixes = BenchNumbers.prefixes(200, 7);
    CompactNumberLists.Builder b =
        CompactNumberLists.builder().addSegment(BenchNumbers.TEMPLATE, BenchNumbers.keys(numbers));
    hashSet = new HashSet<>(numbers.length * 2);
    for (String n : numbers) {
      hashSet.add(n);
    }
    for (String p : prefixes) {
      b.add(new ListEntry(2, p, ListKind.BLOCK, "range", "cli", Instant.EPOCH, Optional.empty()));
      hashSet.add(p);
    }
    compact = b.build();
    SplittableRandom rnd = new SplittableRandom(99);
    for (int i = 0; i < QUERIES; i++) {
      exactHits[i] = new String(numbers[rnd.nextInt(numbers.length)]);
      prefixHits[i] = draw(rnd, true);
      misses[i] = draw(rnd, false);
    }
  }

  /** A random number that is not on the exact list and is (or is not) under a prefix. */
  private String draw(SplittableRandom rnd, boolean underPrefix) {
    while (true) {
      String n = BenchNumbers.number(rnd);
      if (!hashSet.contains(n) && hashSet.contains(n.substring(0, 6) + "*") == underPrefix) {
        return n;
      }
    }
  }

  private String pick(String[] from) {
    next = (next + 1) & (QUERIES - 1);
    return from[next];
  }

  @Benchmark
  public Optional<ListEntry> compactExactHit() {
    return compact.match(pick(exactHits), ListKind.BLOCK, NOW);
  }

  @Benchmark
  public Optional<ListEntry> compactPrefixHit() {
    return compact.match(pick(prefixHits), ListKind.BLOCK, NOW);
  }

  @Benchmark
  public Optional<ListEntry> compactMiss() {
    return compact.match(pick(misses), ListKind.BLOCK, NOW);
  }

  @Benchmark
  public boolean hashSetExactHit() {
    return hashSetMatches(pick(exactHits));
  }

  @Benchmark
  public boolean hashSetPrefixHit() {
    return hashSetMatches(pick(prefixHits));
  }

  @Benchmark
  public boolean hashSetMiss() {
    return hashSetMatches(pick(misses));
  }

  private boolean hashSetMatches(String e164) {
    if (hashSet.contains(e164)) {
      return true;
    }
    for (int len = e164.length(); len > 1; len--) {
      if (hashSet.contains(e164.substring(0, len) + "*")) {
        return true;
      }
    }
    return false;
  }
}
