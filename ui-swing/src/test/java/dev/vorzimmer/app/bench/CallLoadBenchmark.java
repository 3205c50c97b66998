package dev.vorzimmer.app.bench;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Benchmark (not a test): SIPp load of blocked callers against the packaged phone through a real
 * Kamailio's trunk, and against the bare JAIN-SIP UAS ({@code BareRejectingUas}, sip-core test
 * classes) through the same trunk and directly. Run with {@code scripts/bench-calls}; arguments
 * (all optional):
 *
 * <pre>
 *   --rates 100,200,400,800      calls/s for the phone
 *   --bare-rates 100,...,1600    calls/s for the bare UAS (default: the phone's rates plus 1600; "none": skip)
 *   --rates none                 skip the phone
 *   --seconds 20                 length of each run
 *   --flags "A" --flags "B"      one phone run series per JVM flag set (default: the launcher's)
 *   --bare-flags "A"             JVM flags of the bare UAS (default: the launcher's)
 *   --uas-cp CLASSPATH           class path of sip-core's test classes; without it the bare UAS is skipped
 *   --jar PATH                   the packaged phone (default target/vorzimmer.jar)
 *   --out FILE                   Markdown table (default /tmp/calls-bench-results-raw.md)
 *   --phone-path kamailio|direct load the phone through Kamailio's trunk (default) or straight at its port
 *   --robot-reject-with W        the phone's [screening] robot_reject_with (default "603"; the load is a
 *                                robot pattern, see PhoneUnderLoad)
 *   --warm-up-rate 200           calls/s of the load every JVM takes first (not measured)
 *   --warm-up-seconds 10         its length (30 s at 400/s takes the C2 compiler out of the figures)
 * </pre>
 */
public final class CallLoadBenchmark {
  static final String LAUNCHER_FLAGS = "-XX:+UseG1GC -XX:MaxGCPauseMillis=10 -Xms32m -Xmx512m";

  /**
   * Every JVM first takes this load (unless told otherwise), so class loading and the first JIT
   * compilations are not in the measured runs (the phone's warm-up is reported). 2,000 calls bring
   * the call path to C1 only: C2 compiles a method after about 5,000 calls, so a warm-up meant to
   * take the compiler out of the figures needs {@code --warm-up-seconds 30 --warm-up-rate 400}.
   */
  private static final int WARM_UP_RATE = 200;

  private static final int WARM_UP_SECONDS = 10;

  /**
   * Enough shared memory for Kamailio's transactions at 1,600 calls/s (each lingers about 5 s after
   * its 603).
   */
  private static final int KAMAILIO_SHM_MIB = 512;

  private final Options options;
  private final Path work;
  private final LoadReport report = new LoadReport();

  /** Calls of the current phone series that got their 603, so far: each must be in the call log. */
  private long rejectedSoFar;

  record Options(
      List<Integer> rates,
      List<Integer> bareRates,
      int seconds,
      List<String> flags,
      String bareFlags,
      String uasClasspath,
      Path jar,
      Path out,
      boolean direct,
      String screening,
      int warmUpRate,
      int warmUpSeconds) {}

  private CallLoadBenchmark(Options options, Path work) {
    this.options = options;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    Options options = parse(args);
    Path work = Files.createTempDirectory("vz-calls-bench");
    System.out.println("work directory " + work);
    new CallLoadBenchmark(options, work).run();
  }

  private void run() throws Exception {
    try (RoomyKamailio roomy =
        RoomyKamailio.start(Files.createDirectories(work.resolve("kamailio")), KAMAILIO_SHM_MIB)) {
      KamailioProcess kamailio = roomy.ports();
      int series = 0;
      for (String flags : options.rates().isEmpty() ? List.<String>of() : options.flags()) {
        phoneSeries(kamailio, flags, ++series);
      }
      if (options.uasClasspath() != null && !options.bareRates().isEmpty()) {
        bareSeries(kamailio, options.bareFlags());
      }
    } finally {
      Files.writeString(options.out(), report.markdown(options.seconds()));
      System.out.println(report.markdown(options.seconds()));
    }
  }

  private void phoneSeries(KamailioProcess kamailio, String flags, int series) throws Exception {
    Path dir = work.resolve("phone-" + series);
    rejectedSoFar = 0;
    try (PhoneUnderLoad phone =
        PhoneUnderLoad.start(dir, kamailio, options.jar(), split(flags), options.screening())) {
      int first =
          phoneRun(
              phone,
              kamailio,
              dir,
              flags,
              "warmup" + series,
              options.warmUpRate(),
              options.warmUpSeconds(),
              0);
      for (int rate : options.rates()) {
        first =
            phoneRun(
                phone,
                kamailio,
                dir,
                flags,
                "phone" + series + "-" + rate,
                rate,
                options.seconds(),
                first);
      }
    }
  }

  /**
   * One load run against the phone, with a contact's call halfway; returns the next caller number.
   */
  private int phoneRun(
      PhoneUnderLoad phone,
      KamailioProcess kamailio,
      Path dir,
      String flags,
      String label,
      int rate,
      int seconds,
      int first)
      throws Exception {
    double cpu0 = phone.process().cpuSeconds();
    long t0 = System.nanoTime();
    String target = "127.0.0.1:" + (options.direct() ? phone.sipPort() : kamailio.trunkPort());
    CompletableFuture<LoadResult> load =
        startLoad(new SippLoad(dir.resolve("sipp"), label), target, "alice", rate, seconds, first);
    awaitHalfway(load, seconds);
    boolean rang = phone.contactRings(dir.resolve("contact-" + label));
    LoadResult r = load.get(seconds + 120L, TimeUnit.SECONDS);
    double cpu = (phone.process().cpuSeconds() - cpu0) / ((System.nanoTime() - t0) / 1e9);
    long[] used = phone.process().heapMiB(false);
    long[] retained = phone.process().heapMiB(true);
    int next = first + rate * seconds;
    rejectedSoFar += r.successful();
    long logged = phone.awaitRejectedLogged(rejectedSoFar, Duration.ofSeconds(30));
    String path = options.direct() ? "Vorzimmer direct" : "Vorzimmer via Kamailio";
    String system = label.startsWith("warmup") ? path + " (warm-up, " + seconds + " s)" : path;
    report.add(
        new LoadReport.Row(
            system,
            flags,
            rate,
            r,
            cpu,
            used,
            retained,
            phone.registered() ? "yes" : "NO",
            logged + " / " + rejectedSoFar,
            rang ? "180 ✓" : "FAILED"));
    System.out.println(report.lastLine());
    return next;
  }

  private void bareSeries(KamailioProcess kamailio, String flags) throws Exception {
    Path dir = work.resolve("bare");
    int port = FreePorts.udpAndTcp();
    List<String> cmd = new ArrayList<>(List.of(BenchProcess.java()));
    cmd.addAll(split(flags));
    cmd.addAll(
        List.of(
            "-cp",
            options.uasClasspath(),
            "dev.vorzimmer.sip.internal.jainsip.BareRejectingUas",
            Integer.toString(port),
            "603"));
    try (BenchProcess uas = BenchProcess.start("bare-uas", cmd, dir)) {
      uas.awaitLine(l -> l.startsWith("READY "), Duration.ofSeconds(30));
      int first = 0;
      LoadResult warm =
          startLoad(
                  new SippLoad(dir.resolve("sipp"), "bare-warmup"),
                  "127.0.0.1:" + port,
                  "alice",
                  options.warmUpRate(),
                  options.warmUpSeconds(),
                  first)
              .get(options.warmUpSeconds() + 120L, TimeUnit.SECONDS);
      System.out.println("bare UAS warm-up: " + warm);
      first += options.warmUpRate() * options.warmUpSeconds();
      for (int rate : options.bareRates()) {
        bareRun(
            uas,
            dir,
            flags,
            "bare JAIN-SIP via Kamailio",
            "127.0.0.1:" + kamailio.trunkPort(),
            "uas-" + port,
            rate,
            first);
        first += rate * options.seconds();
        bareRun(uas, dir, flags, "bare JAIN-SIP direct", "127.0.0.1:" + port, "alice", rate, first);
        first += rate * options.seconds();
      }
      uas.endInput(Duration.ofSeconds(10));
    }
  }

  private void bareRun(
      BenchProcess uas,
      Path dir,
      String flags,
      String system,
      String target,
      String user,
      int rate,
      int first)
      throws Exception {
    double cpu0 = uas.cpuSeconds();
    long t0 = System.nanoTime();
    String label = (system.contains("direct") ? "bare-direct-" : "bare-kamailio-") + rate;
    LoadResult r =
        startLoad(
                new SippLoad(dir.resolve("sipp"), label),
                target,
                user,
                rate,
                options.seconds(),
                first)
            .get(options.seconds() + 120L, TimeUnit.SECONDS);
    double cpu = (uas.cpuSeconds() - cpu0) / ((System.nanoTime() - t0) / 1e9);
    report.add(
        new LoadReport.Row(
            system, flags, rate, r, cpu, uas.heapMiB(false), uas.heapMiB(true), "–", "–", "–"));
    System.out.println(report.lastLine());
  }

  private static CompletableFuture<LoadResult> startLoad(
      SippLoad load, String target, String user, int rate, int seconds, int first) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return load.run(target, user, rate, seconds, first, 603);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        });
  }

  /** Returns halfway through the load run (or earlier if it already ended). */
  private static void awaitHalfway(CompletableFuture<LoadResult> load, int seconds)
      throws InterruptedException, ExecutionException {
    try {
      load.get(seconds * 500L, TimeUnit.MILLISECONDS);
    } catch (TimeoutException expected) {
      // halfway: the load still runs, as it should
    }
  }

  private static List<String> split(String flags) {
    return flags.isBlank() ? List.of() : Arrays.asList(flags.trim().split("\\s+"));
  }

  private static Options parse(String[] args) {
    List<Integer> rates = List.of(100, 200, 400, 800);
    List<Integer> bareRates = null;
    int seconds = 20;
    List<String> flags = new ArrayList<>();
    String uasCp = null;
    String bareFlags = LAUNCHER_FLAGS;
    Path out = Path.of("/tmp/calls-bench-results-raw.md");
    Path jar = Path.of("target", "vorzimmer.jar");
    boolean direct = false;
    String screening = PhoneUnderLoad.ROBOTS_603;
    int warmUpRate = WARM_UP_RATE;
    int warmUpSeconds = WARM_UP_SECONDS;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--rates" -> rates = ints(v);
        case "--bare-rates" -> bareRates = ints(v);
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--flags" -> flags.add(v);
        case "--uas-cp" -> uasCp = v;
        case "--bare-flags" -> bareFlags = v;
        case "--jar" -> jar = Path.of(v);
        case "--out" -> out = Path.of(v);
        case "--warm-up-rate" -> warmUpRate = Integer.parseInt(v);
        case "--warm-up-seconds" -> warmUpSeconds = Integer.parseInt(v);
        case "--robot-reject-with" -> screening = "robot_reject_with = \"" + v + "\"";
        case "--phone-path" ->
            direct =
                switch (v) {
                  case "direct" -> true;
                  case "kamailio" -> false;
                  default ->
                      throw new IllegalArgumentException(
                          "--phone-path takes kamailio or direct, not " + v);
                };
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + " (see the class Javadoc)");
      }
    }
    if (flags.isEmpty()) {
      flags.add(LAUNCHER_FLAGS);
    }
    if (bareRates == null) {
      bareRates = new ArrayList<>(rates);
      bareRates.add(1600);
    }
    return new Options(
        rates,
        bareRates,
        seconds,
        flags,
        bareFlags,
        uasCp,
        jar.toAbsolutePath(),
        out,
        direct,
        screening,
        warmUpRate,
        warmUpSeconds);
  }

  private static List<Integer> ints(String csv) {
    if (csv.equals("none")) {
      return List.of();
    }
    return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }
}
