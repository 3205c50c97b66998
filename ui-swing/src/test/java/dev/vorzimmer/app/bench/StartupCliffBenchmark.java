package dev.vorzimmer.app.bench;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): the start-up latency cliff (issue #15). A freshly started packaged phone
 * (fresh home, registered with test-support's Kamailio) takes blocked callers (603, each from a new
 * number, straight at its port as in {@code MemoryPerCallIT}) from the moment it prints {@code
 * registered}: {@code --windows} back-to-back SIPp runs of {@code --seconds} each at {@code --rate}
 * calls/s, one table row per window, so the first window is the first seconds after start. {@code
 * --runs} repeats it with a new phone each time. Run with {@code scripts/bench-cliff}; arguments
 * (all optional):
 *
 * <pre>
 *   --jar PATH          the packaged phone (default target/vorzimmer.jar)
 *   --rate 400          calls/s
 *   --seconds 10        length of one window
 *   --windows 3         windows per phone
 *   --runs 1            phones started one after the other
 *   --flags "..."       the phone's JVM flags (default: the launcher's, without its class archive)
 *   --label TEXT        first column of the table
 *   --robot-reject-with W  the phone's [screening] robot_reject_with (default "603": the load is
 *                       a robot pattern; "unavailable" gives quarantined ranges the intercept, 183
 *                       then 410, which SIPp counts as failed)
 *   --bare-uas-cp CP    instead of the phone, the bare JAIN-SIP UAS ({@code BareRejectingUas}, 603
 *                       to every INVITE) with this class path, started the same way and loaded from
 *                       the moment it is ready: the stack's own first seconds (its JIT) to compare
 *                       the phone's with
 * </pre>
 */
public final class StartupCliffBenchmark {
  /** The launcher's flags (see {@code ./vorzimmer}); its class archive is passed with --flags. */
  static final String LAUNCHER_FLAGS = "-XX:+UseG1GC -XX:MaxGCPauseMillis=10 -Xms32m -Xmx512m";

  private StartupCliffBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of("target", "vorzimmer.jar");
    int rate = 400;
    int seconds = 10;
    int windows = 3;
    int runs = 1;
    String flags = LAUNCHER_FLAGS;
    String label = "phone";
    String screening = PhoneUnderLoad.ROBOTS_603;
    String bareClasspath = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--jar" -> jar = Path.of(v);
        case "--rate" -> rate = Integer.parseInt(v);
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--windows" -> windows = Integer.parseInt(v);
        case "--runs" -> runs = Integer.parseInt(v);
        case "--flags" -> flags = v;
        case "--label" -> label = v;
        case "--robot-reject-with" -> screening = "robot_reject_with = \"" + v + "\"";
        case "--bare-uas-cp" -> bareClasspath = v;
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + " (see the class Javadoc)");
      }
    }
    Path work = Files.createTempDirectory("vz-cliff-bench");
    System.out.println("work directory " + work + ", " + rate + " calls/s, flags " + flags);
    System.out.println(
        "| run | run # | seconds after REGISTERED (bare stack: ready) | sent | failed | retrans | p50 |"
            + " p99 | max | last call ≥ 20 ms at | max from 0.5 s on |");
    System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<String> options = new ArrayList<>(Arrays.asList(flags.trim().split("\\s+")));
    try (KamailioProcess kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"))) {
      for (int run = 1; run <= runs; run++) {
        Path dir = work.resolve("run-" + run);
        if (bareClasspath != null) {
          int port = FreePorts.udpAndTcp();
          try (BenchProcess uas = startBare(dir, options, bareClasspath, port)) {
            windows(dir, "127.0.0.1:" + port, rate, seconds, windows, label, run);
            uas.endInput(Duration.ofSeconds(10));
          }
        } else {
          try (PhoneUnderLoad phone =
              PhoneUnderLoad.start(
                  dir.resolve("phone"), kamailio, jar.toAbsolutePath(), options, screening)) {
            windows(dir, "127.0.0.1:" + phone.sipPort(), rate, seconds, windows, label, run);
          }
        }
      }
    }
  }

  /** The bare stack on a free port, once it says it is ready. */
  private static BenchProcess startBare(Path dir, List<String> flags, String classpath, int port)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of(BenchProcess.java()));
    cmd.addAll(flags);
    cmd.addAll(
        List.of(
            "-cp",
            classpath,
            "dev.vorzimmer.sip.internal.jainsip.BareRejectingUas",
            Integer.toString(port),
            "603"));
    BenchProcess uas = BenchProcess.start("bare-uas-" + port, cmd, dir);
    uas.awaitLine(l -> l.startsWith("READY "), Duration.ofSeconds(30));
    return uas;
  }

  private static void windows(
      Path dir, String target, int rate, int seconds, int windows, String label, int run)
      throws Exception {
    for (int w = 0; w < windows; w++) {
      LoadResult r =
          new SippLoad(dir.resolve("sipp"), "window-" + w)
              .run(target, "alice", rate, seconds, w * rate * seconds, 603);
      System.out.printf(
          "| %s | %d | %d–%d s | %,d | %,d | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
          label,
          run,
          w * seconds,
          (w + 1) * seconds,
          r.sent(),
          r.failed(),
          r.retransmissions(),
          r.p50Ms(),
          r.p99Ms(),
          r.maxMs(),
          r.lastSlowMs(),
          r.maxAfterHalfSecondMs());
    }
  }
}
