package dev.vorzimmer.app.it;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): wall time from starting the packaged phone's process to its "registered"
 * line, against a real Kamailio on 127.0.0.1. Run with {@code scripts/bench-startup [RUNS]}.
 */
public final class StartupBenchmark {
  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("vz-bench");
    try (KamailioProcess kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"))) {
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        Path home = Files.createDirectories(work.resolve("home" + i));
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
            """
                .formatted(kamailio.domain(), kamailio.sipPort(), FreePorts.udpAndTcp()));
        long start = System.nanoTime();
        try (PhoneProcess phone =
            PhoneProcess.start(home, "run", "--headless", "--home", home.toString())) {
          String line = phone.awaitLine(l -> l.startsWith("registered "), Duration.ofSeconds(30));
          long ms = (System.nanoTime() - start) / 1_000_000;
          if (line == null) {
            throw new IllegalStateException(
                "run " + i + " did not register:\n" + phone.transcript());
          }
          millis.add(ms);
          System.out.printf("run %d: process start -> REGISTERED %d ms%n", i + 1, ms);
          phone.terminate(Duration.ofSeconds(15));
        }
      }
      List<Long> sorted = millis.stream().sorted().toList();
      System.out.printf(
          "median of %d runs: %d ms (min %d, max %d)%n",
          runs, sorted.get(runs / 2), sorted.get(0), sorted.get(runs - 1));
    }
  }
}
