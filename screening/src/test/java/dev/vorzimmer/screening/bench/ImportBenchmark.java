package dev.vorzimmer.screening.bench;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.internal.lists.PackedListFile;
import dev.vorzimmer.screening.store.ImportReport;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a 10-million-line text list: parse → sorted packed sidecar file + SQLite row → loaded
 * into the phone's {@code lists()} view (first match). Also the load of such a sidecar alone.
 * Single-shot: each measurement is one full import into a fresh database.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ImportBenchmark {
  private Path dir;
  private Path textList;
  private Path sidecar;
  private int round;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("vorzimmer-import-bench");
    textList = dir.resolve("callcentres.txt");
    BenchNumbers.writeTextList(textList, BenchNumbers.TEN_MILLION, 42);
    sidecar = dir.resolve("ten-million.vzl");
    PackedListFile.write(
        sidecar, BenchNumbers.keys(BenchNumbers.numbers(BenchNumbers.TEN_MILLION, 43)));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public boolean importTextAndLoad() throws IOException {
    Path db = dir.resolve("round-" + (round++) + "/screening.db");
    try (ScreeningStore store = ScreeningStore.open(db)) {
      ImportReport report = store.listStore().importText(textList, ListKind.BLOCK);
      if (report.skipped() != 0 || report.imported() < BenchNumbers.TEN_MILLION * 0.9) {
        throw new IllegalStateException("unexpected import result " + report);
      }
      return store
          .lists()
          .match("+491501234567", ListKind.BLOCK, java.time.Instant.now())
          .isPresent();
    }
  }

  @Benchmark
  public long[] loadSidecar() throws IOException {
    return PackedListFile.read(sidecar);
  }
}
