package dev.vorzimmer.app.bench;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Benchmark (not a test): the phone as the launcher {@code ./vorzimmer} starts it (its flags and
 * AppCDS archive, or {@code VORZIMMER_JAVA_OPTS} from the environment), registered at a real
 * Kamailio on 127.0.0.1. Per run: process start → REGISTERED, resident memory ({@code
 * /proc/PID/status} VmRSS, RssAnon, RssFile) after 5 s idle, the CPU time the process used until
 * REGISTERED (less dependent on the machine's load than the wall time), then the first call (an
 * INVITE from a withheld number, rejected by policy: INVITE → 603). With {@code --window} each run
 * also starts the phone with its window ({@code DISPLAY} must be set) and measures start →
 * REGISTERED and RSS. With {@code --compare} every run is repeated, interleaved, without the class
 * archive ({@code VORZIMMER_CDS=off}) and with the launcher's former flags ({@link #FORMER_FLAGS}),
 * so all three see the same load. Usage: {@code FootprintBenchmark LAUNCHER [RUNS] [--window]
 * [--compare]}; run by {@code scripts/bench-footprint}.
 */
public final class FootprintBenchmark {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** The launcher's flags before the footprint work (a pre-touched 256 MB heap). */
  static final String FORMER_FLAGS =
      "-XX:+UseG1GC -XX:MaxGCPauseMillis=10 -Xms256m -Xmx512m -XX:+AlwaysPreTouch";

  private FootprintBenchmark() {}

  /** A way to start the phone: a name and what goes before the launcher ({@code env VAR=…}). */
  record Variant(String name, List<String> prefix) {}

  record Run(
      double startMs,
      double startCpuS,
      long rssKb,
      long anonKb,
      long fileKb,
      double callMs,
      double callCpuMs,
      int status) {}

  public static void main(String[] args) throws Exception {
    Path launcher = Path.of(args[0]).toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    boolean window = List.of(args).contains("--window");
    List<Variant> variants = new ArrayList<>(List.of(new Variant("launcher", List.of())));
    if (List.of(args).contains("--compare")) {
      variants.add(new Variant("launcher, no class archive", List.of("env", "VORZIMMER_CDS=off")));
      variants.add(
          new Variant(
              "former flags (" + FORMER_FLAGS + ")",
              List.of("env", "VORZIMMER_JAVA_OPTS=" + FORMER_FLAGS)));
    }
    Path work = Files.createTempDirectory("vz-footprint");
    try (KamailioProcess kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"))) {
      Map<Variant, List<Run>> headless = new java.util.LinkedHashMap<>();
      Map<Variant, List<Run>> windowed = new java.util.LinkedHashMap<>();
      for (int i = 0; i < runs; i++) {
        for (Variant v : variants) {
          List<String> command = new ArrayList<>(v.prefix());
          command.add(launcher.toString());
          Run h = headless(command, kamailio, home(work, "h" + i + v.hashCode(), kamailio));
          headless.computeIfAbsent(v, k -> new ArrayList<>()).add(h);
          System.out.println(v.name() + ", headless run " + (i + 1) + ": " + h);
          if (window) {
            Run w = windowed(command, kamailio, home(work, "w" + i + v.hashCode(), kamailio));
            windowed.computeIfAbsent(v, k -> new ArrayList<>()).add(w);
            System.out.println(v.name() + ", window run " + (i + 1) + ": " + w);
          }
        }
      }
      for (Variant v : variants) {
        print(v.name() + ", headless", headless.get(v), true);
        if (window) {
          print(v.name() + ", window", windowed.get(v), false);
        }
      }
    }
  }

  private static Run headless(List<String> launcher, KamailioProcess kamailio, Path home)
      throws Exception {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of("run", "--headless", "--home", home.toString()));
    long start = System.nanoTime();
    try (BenchProcess phone = BenchProcess.start("phone", command, home)) {
      phone.awaitLine(l -> l.startsWith("registered "), START_TIMEOUT);
      double startMs = (System.nanoTime() - start) / 1e6;
      double cpu = phone.cpuSeconds();
      LockSupport.parkNanos(IDLE_NANOS);
      long[] rss = rss(phone.pid());
      double cpuBefore = phone.cpuSeconds();
      FirstInvite.Result call =
          FirstInvite.send(kamailio.trunkPort(), "alice", kamailio.domain(), 10_000);
      double callCpuMs = (phone.cpuSeconds() - cpuBefore) * 1000;
      phone.terminate(Duration.ofSeconds(15));
      return new Run(startMs, cpu, rss[0], rss[1], rss[2], call.millis(), callCpuMs, call.status());
    }
  }

  private static Run windowed(List<String> launcher, KamailioProcess kamailio, Path home)
      throws Exception {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of("run", "--home", home.toString()));
    int before = kamailio.countLogLines(KamailioProcess.REGISTER_ACCEPTED);
    long start = System.nanoTime();
    try (BenchProcess phone = BenchProcess.start("window", command, home)) {
      if (!kamailio.awaitLogLines(KamailioProcess.REGISTER_ACCEPTED, before + 1, START_TIMEOUT)) {
        throw new IllegalStateException("the phone with its window did not register");
      }
      double startMs = (System.nanoTime() - start) / 1e6;
      double cpu = phone.cpuSeconds();
      LockSupport.parkNanos(IDLE_NANOS);
      long[] rss = rss(phone.pid());
      phone.terminate(Duration.ofSeconds(15));
      return new Run(startMs, cpu, rss[0], rss[1], rss[2], Double.NaN, Double.NaN, 0);
    }
  }

  /** A data folder whose config registers alice and rejects withheld numbers (603). */
  private static Path home(Path work, String name, KamailioProcess kamailio) throws IOException {
    Path home = Files.createDirectories(work.resolve(name));
    Files.writeString(
        home.resolve("config.toml"),
        """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "wonderland"
        expires = 60
        [sip]
        listen = "127.0.0.1:%d"
        [screening]
        anonymous = "reject"
        """
            .formatted(kamailio.domain(), kamailio.sipPort(), FreePorts.udpAndTcp()));
    return home;
  }

  /** VmRSS, RssAnon, RssFile in kB. */
  private static long[] rss(long pid) throws IOException {
    long[] out = new long[3];
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      String[] f = line.split("\\s+");
      switch (f[0]) {
        case "VmRSS:" -> out[0] = Long.parseLong(f[1]);
        case "RssAnon:" -> out[1] = Long.parseLong(f[1]);
        case "RssFile:" -> out[2] = Long.parseLong(f[1]);
        default -> {}
      }
    }
    return out;
  }

  private static void print(String mode, List<Run> runs, boolean calls) {
    System.out.printf(
        "%n| %s (%d runs) | median | min | max |%n|---|---:|---:|---:|%n", mode, runs.size());
    row("start → REGISTERED (ms)", runs.stream().mapToDouble(Run::startMs).toArray(), "%.0f");
    row(
        "  CPU used until then (s, user+sys)",
        runs.stream().mapToDouble(Run::startCpuS).toArray(),
        "%.2f");
    row("VmRSS idle (MiB)", runs.stream().mapToDouble(r -> r.rssKb() / 1024.0).toArray(), "%.0f");
    row(
        "  of it RssAnon (MiB)",
        runs.stream().mapToDouble(r -> r.anonKb() / 1024.0).toArray(),
        "%.0f");
    row(
        "  of it RssFile (MiB)",
        runs.stream().mapToDouble(r -> r.fileKb() / 1024.0).toArray(),
        "%.0f");
    if (calls) {
      row(
          "first call INVITE → final (ms)",
          runs.stream().mapToDouble(Run::callMs).toArray(),
          "%.1f");
      row(
          "  CPU the phone used meanwhile (ms, 10 ms ticks)",
          runs.stream().mapToDouble(Run::callCpuMs).toArray(),
          "%.0f");
      System.out.println(
          "final statuses: " + runs.stream().map(r -> String.valueOf(r.status())).toList());
    }
  }

  private static void row(String name, double[] values, String format) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    System.out.printf(
        "| %s | " + format + " | " + format + " | " + format + " |%n",
        name,
        v[v.length / 2],
        v[0],
        v[v.length - 1]);
  }
}
