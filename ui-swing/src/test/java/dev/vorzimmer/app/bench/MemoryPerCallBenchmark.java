package dev.vorzimmer.app.bench;

import dev.vorzimmer.testsupport.KamailioProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (not a test): heap the packaged phone retains after a full GC as blocked calls (603,
 * each from a new number, straight at its port) add up at a constant rate. At each checkpoint the
 * heap is read through the phone's {@code MemoryMXBean} right after the load (JAIN-SIP still holds
 * the transactions of the last seconds) and again after {@code --drain} idle seconds (they are
 * gone), and a class histogram is written to the work directory. Run with {@code
 * scripts/bench-memory}; arguments (all optional):
 *
 * <pre>
 *   --jar PATH                          the packaged phone (default target/vorzimmer.jar)
 *   --rate 400                          calls/s; each step must be a multiple of it
 *   --checkpoints 2000,8000,20000,50000 handled calls at which the heap is read
 *   --drain 20                          idle seconds before the second reading
 *   --flags "..."                       the phone's JVM flags (default: the launcher's)
 * </pre>
 */
public final class MemoryPerCallBenchmark {
  private MemoryPerCallBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of("target", "vorzimmer.jar");
    int rate = 400;
    List<Integer> checkpoints = List.of(2_000, 8_000, 20_000, 50_000);
    int drain = 20;
    String flags = CallLoadBenchmark.LAUNCHER_FLAGS;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--jar" -> jar = Path.of(v);
        case "--rate" -> rate = Integer.parseInt(v);
        case "--checkpoints" ->
            checkpoints =
                Arrays.stream(v.split(",")).map(String::trim).map(Integer::valueOf).toList();
        case "--drain" -> drain = Integer.parseInt(v);
        case "--flags" -> flags = v;
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + " (see the class Javadoc)");
      }
    }
    Path work = Files.createTempDirectory("vz-memory-bench");
    System.out.println("work directory " + work + ", " + rate + " calls/s, flags " + flags);
    System.out.println(
        "| handled calls | failed | retained right after the load | retained after "
            + drain
            + " s idle |");
    System.out.println("|---|---|---|---|");
    List<String> options = new ArrayList<>(Arrays.asList(flags.trim().split("\\s+")));
    try (KamailioProcess kamailio =
            KamailioProcess.start(
                Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"));
        PhoneUnderLoad phone =
            PhoneUnderLoad.start(work.resolve("phone"), kamailio, jar.toAbsolutePath(), options);
        HeapProbe heap = HeapProbe.attach(phone.process().pid())) {
      int done = 0;
      long failed = 0;
      for (int target : checkpoints) {
        LoadResult r =
            new SippLoad(work.resolve("sipp"), "to-" + target)
                .run(
                    "127.0.0.1:" + phone.sipPort(),
                    "alice",
                    rate,
                    (target - done) / rate,
                    done,
                    603);
        done = target;
        failed += r.failed();
        long loaded = heap.retainedBytes();
        TimeUnit.SECONDS.sleep(drain); // a benchmark main: JAIN-SIP's timers run out
        long idle = heap.retainedBytes();
        Files.writeString(
            work.resolve("histogram-" + target + ".txt"), phone.process().classHistogram());
        System.out.printf(
            "| %,d | %d | %.1f MiB | %.1f MiB |%n",
            target, failed, loaded / 1048576.0, idle / 1048576.0);
      }
    }
  }
}
