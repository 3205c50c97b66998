package dev.vorzimmer.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's rows as a Markdown table in the style of docs/BENCHMARKS.md. */
final class LoadReport {
  /**
   * One load run.
   *
   * @param cpu CPU time of the measured JVM / wall time of the run (1.0 = one core)
   * @param heapUsed heap {used, committed} MiB right after the run
   * @param heapRetained heap {used, committed} MiB after a full GC
   */
  record Row(
      String system,
      String flags,
      int rate,
      LoadResult r,
      double cpu,
      long[] heapUsed,
      long[] heapRetained,
      String registered,
      String logged,
      String contact,
      String loadAverage) {
    Row(
        String system,
        String flags,
        int rate,
        LoadResult r,
        double cpu,
        long[] heapUsed,
        long[] heapRetained,
        String registered,
        String logged,
        String contact) {
      this(
          system,
          flags,
          rate,
          r,
          cpu,
          heapUsed,
          heapRetained,
          registered,
          logged,
          contact,
          currentLoadAverage());
    }
  }

  /** The 1-minute load average now (the machine is shared: it says how much else ran). */
  static String currentLoadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private final List<Row> rows = new ArrayList<>();

  void add(Row row) {
    rows.add(row);
  }

  String lastLine() {
    return line(rows.get(rows.size() - 1));
  }

  String markdown(int seconds) {
    StringBuilder b = new StringBuilder();
    b.append("Each run: ")
        .append(seconds)
        .append(" s of SIPp load, blocked callers (603 expected).\n\n");
    b.append(
        "| system | JVM flags | calls/s | calls | failed | retrans | achieved calls/s | p50 | p99 | max | CPU | "
            + "heap after run | heap after GC | registered | logged / got 603 | contact | load avg |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    rows.forEach(r -> b.append(line(r)).append('\n'));
    return b.toString();
  }

  private static String line(Row row) {
    LoadResult r = row.r();
    return String.format(
        Locale.ROOT,
        "| %s | `%s` | %d | %,d | %,d | %,d | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f %% | %d / %d MiB | %d / %d MiB | %s | %s | %s | %s |",
        row.system(),
        row.flags(),
        row.rate(),
        r.sent(),
        r.failed(),
        r.retransmissions(),
        r.achievedRate(),
        r.p50Ms(),
        r.p99Ms(),
        r.maxMs(),
        row.cpu() * 100,
        row.heapUsed()[0],
        row.heapUsed()[1],
        row.heapRetained()[0],
        row.heapRetained()[1],
        row.registered(),
        row.logged(),
        row.contact(),
        row.loadAverage());
  }
}
