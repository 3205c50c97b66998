package dev.vorzimmer.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.KamailioProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged phone keeps no memory per handled call: blocked callers (each a new number, each
 * answered 603) straight at its port (127.0.0.1 is a trusted host, so these are real calls, not
 * ghosts) at a constant rate, first {@value #FIRST} calls, then {@value #SECOND} more. The heap
 * retained after a full GC, read through the child JVM's {@code MemoryMXBean}, may grow by at most
 * 10 MiB between the two points (1 KB kept per call would be 12 MiB).
 *
 * <p>JAIN-SIP holds every finished INVITE transaction and its dialog for about 13 s (Timer I, 5 s,
 * then its 8 s linger): memory that follows the call rate, not the number of calls. Both runs
 * therefore have the same rate and last longer than that, so both readings hold the same number of
 * lingering transactions and the difference is what the calls left behind. The class histograms of
 * both points are in the work directory; the classes that grew most are in the failure message.
 *
 * <p>New numbers of one range are a robot's pattern: the phone quarantines each range after its
 * third caller. {@link PhoneUnderLoad} runs it with {@code robot_reject_with = "603"}, so those
 * callers are answered 603 like the rest instead of getting the intercept (183 with SIT, then 410),
 * which SIPp would count as failed.
 */
class MemoryPerCallIT {
  private static final int RATE = 400;
  private static final int FIRST = 8_000;
  private static final int SECOND = 12_000;
  private static final long MAX_GROWTH = 10L << 20;

  @Test
  void retainedHeapStaysFlatFromEightThousandToTwentyThousandCalls() throws Exception {
    Path work = Files.createTempDirectory("vz-percall");
    Path jar = Path.of("target", "vorzimmer.jar").toAbsolutePath();
    try (KamailioProcess kamailio =
            KamailioProcess.start(
                Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"));
        PhoneUnderLoad phone =
            PhoneUnderLoad.start(
                work.resolve("phone"), kamailio, jar, List.of("-XX:+UseG1GC", "-Xmx256m"));
        HeapProbe heap = HeapProbe.attach(phone.process().pid())) {
      String target = "127.0.0.1:" + phone.sipPort();
      // Warm up at a quarter of the rate first: the phone's first seconds at 400/s are a latency
      // cliff (class loading, JIT; issue #15, docs/BENCHMARKS.md) that this test is not about.
      new SippLoad(work.resolve("sipp"), "warmup").run(target, "alice", RATE / 4, 20, 50_000, 603);
      LoadResult first =
          new SippLoad(work.resolve("sipp"), "first")
              .run(target, "alice", RATE, FIRST / RATE, 0, 603);
      long before = heap.retainedBytes();
      String histogramBefore = phone.process().classHistogram();
      LoadResult second =
          new SippLoad(work.resolve("sipp"), "second")
              .run(target, "alice", RATE, SECOND / RATE, FIRST, 603);
      long after = heap.retainedBytes();
      String histogramAfter = phone.process().classHistogram();
      Files.writeString(work.resolve("histogram-" + FIRST + ".txt"), histogramBefore);
      Files.writeString(work.resolve("histogram-" + (FIRST + SECOND) + ".txt"), histogramAfter);

      System.out.printf(
          "heap retained after %,d calls: %,d KiB; after %,d: %,d KiB (%+,d KiB)%n",
          FIRST, before >> 10, FIRST + SECOND, after >> 10, (after - before) >> 10);
      assertThat(first.successful() + second.successful())
          .as("calls answered 603: %s, %s", first, second)
          .isGreaterThanOrEqualTo((long) ((FIRST + SECOND) * 0.9));
      assertThat(after - before)
          .as(
              "heap retained after %d calls: %d KiB, after %d: %d KiB; grew most (%s):%n%s",
              FIRST,
              before >> 10,
              FIRST + SECOND,
              after >> 10,
              work,
              grewMost(histogramBefore, histogramAfter))
          .isLessThanOrEqualTo(MAX_GROWTH);
    }
  }

  /** The ten classes whose live bytes grew most between two {@code GC.class_histogram} outputs. */
  private static String grewMost(String before, String after) {
    Map<String, long[]> a = histogram(before);
    return histogram(after).entrySet().stream()
        .map(
            e ->
                Map.entry(
                    e.getKey(),
                    new long[] {
                      e.getValue()[0] - a.getOrDefault(e.getKey(), new long[2])[0],
                      e.getValue()[1] - a.getOrDefault(e.getKey(), new long[2])[1]
                    }))
        .sorted(
            Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
        .limit(10)
        .map(
            e ->
                "%+9d instances %+11d bytes %s"
                    .formatted(e.getValue()[0], e.getValue()[1], e.getKey()))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Class name → {instances, bytes} from lines like {@code " 1: 1234 56789 java.lang.String
   * (java.base)"}.
   */
  private static Map<String, long[]> histogram(String text) {
    Map<String, long[]> classes = new HashMap<>();
    for (String line : text.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":") && f[1].matches("\\d+") && f[2].matches("\\d+")) {
        classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    return classes;
  }
}
