package dev.vorzimmer.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.app.Main;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test): a ghost flood — SIPp straight at the packaged phone's port, bypassing
 * Kamailio, so every INVITE is a ghost call — while a contact calls through Kamailio halfway
 * through. Reports SIPp's response times for the 403s, the phone's CPU, whether the contact's call
 * rang (180), whether the phone stayed registered, and how much the call log grew (it must grow by
 * summary rows only). Run with {@code scripts/bench-ghosts}:
 *
 * <pre>
 *   --calls 10000   ghost INVITEs
 *   --rate 500      ghost INVITEs per second
 *   --jar PATH      the packaged phone (default target/vorzimmer.jar)
 *   --out FILE      Markdown row (default /tmp/ghost-bench-results-raw.md)
 * </pre>
 */
public final class GhostFloodBenchmark {
  private static final String FLAGS = "-XX:+UseG1GC -XX:MaxGCPauseMillis=10 -Xms256m -Xmx512m";
  private static final Pattern SUMMARY = Pattern.compile("(\\d+) ghost calls? from ");

  private GhostFloodBenchmark() {}

  public static void main(String[] args) throws Exception {
    int calls = 10_000;
    int rate = 500;
    Path jar = Path.of("target", "vorzimmer.jar");
    Path out = Path.of("/tmp/ghost-bench-results-raw.md");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--calls" -> calls = Integer.parseInt(args[i + 1]);
        case "--rate" -> rate = Integer.parseInt(args[i + 1]);
        case "--jar" -> jar = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path work = Files.createTempDirectory("vz-ghost-bench");
    System.out.println("work directory " + work);
    try (KamailioProcess kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"))) {
      String row = run(work, kamailio, jar.toAbsolutePath(), calls, rate);
      Files.writeString(out, row + "\n");
      System.out.println(row);
    }
  }

  private static String run(Path work, KamailioProcess kamailio, Path jar, int calls, int rate)
      throws Exception {
    Path home = Files.createDirectories(work.resolve("home"));
    int port = FreePorts.udpAndTcp();
    Files.writeString(
        home.resolve("config.toml"),
        """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "wonderland"
        expires = 300
        [sip]
        listen = "127.0.0.1:%d"
        """
            .formatted(kamailio.domain(), kamailio.sipPort(), port));
    Files.setPosixFilePermissions(
        home.resolve("config.toml"), PosixFilePermissions.fromString("rw-------"));
    cli(home, "contacts", "add", "Erika Mustermann", "+49 30 1234567");
    List<String> cmd = new ArrayList<>(List.of(BenchProcess.java()));
    cmd.addAll(List.of(FLAGS.split(" ")));
    cmd.addAll(List.of("-jar", jar.toString(), "run", "--headless", "--home", home.toString()));
    try (BenchProcess phone = BenchProcess.start("phone", cmd, work)) {
      phone.awaitLine(l -> l.startsWith("registered "), Duration.ofSeconds(60));
      int rowsBefore = rows(home).size();
      double cpuBefore = phone.cpuSeconds();
      int seconds = Math.max(1, calls / rate);
      CompletableFuture<LoadResult> flood =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return new SippLoad(work.resolve("flood"), "ghosts")
                      .run("127.0.0.1:" + port, "alice", rate, seconds, 0, 403);
                } catch (Exception e) {
                  throw new IllegalStateException("SIPp flood failed", e);
                }
              });
      TimeUnit.MILLISECONDS.sleep(
          seconds * 500L); // a benchmark main: the contact calls halfway through
      long ringStart = System.nanoTime();
      SippResult contact =
          new SippCaller(work.resolve("contact"))
              .calling("alice")
              .from("+49301234567", "Erika")
              .expectRingThenCancelAfter(300)
              .timeoutSeconds(30)
              .callTo("127.0.0.1", kamailio.trunkPort());
      long contactMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ringStart) - 300;
      LoadResult ghosts = flood.get(seconds + 90L, TimeUnit.SECONDS);
      double cpu = phone.cpuSeconds() - cpuBefore;
      boolean registered = !kamailio.contactsOf("alice").isEmpty();
      int exit = phone.terminate(Duration.ofSeconds(20));
      List<JsonNode> after = rows(home);
      long ghostRows =
          after.stream().filter(r -> r.path("outcome").asText().equals("ghost")).count();
      long counted =
          after.stream()
              .filter(r -> r.path("outcome").asText().equals("ghost"))
              .mapToLong(GhostFloodBenchmark::countOf)
              .sum();
      return String.format(
          Locale.ROOT,
          "| %d | %d/s (%.0f/s achieved) | %d | %d | %.0f ms | %.0f ms | %.0f ms | %.0f %% "
              + "| %s | %s (%d ms to 180 + cancel) | %d → %d (%d ghost summary rows, counting %d) | %d KiB | %d |",
          calls,
          rate,
          ghosts.achievedRate(),
          ghosts.failed(),
          ghosts.retransmissions(),
          ghosts.p50Ms(),
          ghosts.p99Ms(),
          ghosts.maxMs(),
          100 * cpu / Math.max(1, seconds),
          registered ? "yes" : "no",
          contact.allCallsSucceeded() ? "180 ✓" : "✗",
          contactMs,
          rowsBefore,
          after.size(),
          ghostRows,
          counted,
          Files.size(home.resolve("vorzimmer.log")) / 1024,
          exit);
    }
  }

  private static long countOf(JsonNode row) {
    Matcher m = SUMMARY.matcher(row.path("reasons").toString());
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private static List<JsonNode> rows(Path home) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    new ObjectMapper()
        .readTree(cli(home, "calls", "--json", "--limit", "10000000"))
        .forEach(rows::add);
    return rows;
  }

  private static String cli(Path home, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString()));
    int code =
        Main.execute(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != 0) {
      throw new IllegalStateException(
          "vorzimmer " + all + " exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
