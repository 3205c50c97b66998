package dev.vorzimmer.app.it;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): wall time from starting the packaged phone's process to its "registered"
 * line, over UDP and over TLS (certificate checked against a test CA in {@code ca_file}), against
 * one real Kamailio on 127.0.0.1, runs alternating. Run with {@code scripts/bench-tls [RUNS]}.
 */
public final class TlsStartupBenchmark {
  private TlsStartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("vz-bench-tls");
    TestPki ca = TestPki.create("Vorzimmer Bench CA");
    TestPki.ServerFiles files = ca.issue(work.resolve("tls"), "localhost");
    try (KamailioProcess kamailio =
        KamailioProcess.startWithTls(
            Files.createDirectories(work.resolve("kamailio")),
            Map.of("alice", "wonderland"),
            1,
            files.certificate(),
            files.key())) {
      List<Long> udp = new ArrayList<>();
      List<Long> tls = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        udp.add(
            run(work.resolve("udp" + i), ca, "127.0.0.1:" + kamailio.sipPort(), "udp", kamailio));
        tls.add(
            run(work.resolve("tls" + i), ca, "localhost:" + kamailio.tlsPort(), "tls", kamailio));
        System.out.printf(
            "run %d: process start -> REGISTERED udp %d ms, tls %d ms%n",
            i + 1, udp.get(i), tls.get(i));
      }
      report("udp", udp);
      report("tls", tls);
    }
  }

  private static long run(
      Path home, TestPki ca, String registrar, String transport, KamailioProcess kamailio)
      throws Exception {
    Files.createDirectories(home);
    String tlsKeys = "";
    if (transport.equals("tls")) {
      ca.writeCa(home.resolve("provider-ca.pem"));
      tlsKeys = "ca_file = \"provider-ca.pem\"\n";
    }
    Files.writeString(
        home.resolve("config.toml"),
        """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "%s"
        transport = "%s"
        password = "wonderland"
        expires = 60
        %s
        [sip]
        listen = "127.0.0.1:%d"
        """
            .formatted(kamailio.domain(), registrar, transport, tlsKeys, FreePorts.udpAndTcp()));
    long start = System.nanoTime();
    try (PhoneProcess phone =
        PhoneProcess.start(home, "run", "--headless", "--home", home.toString())) {
      String line = phone.awaitLine(l -> l.startsWith("registered "), Duration.ofSeconds(30));
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (line == null) {
        throw new IllegalStateException(transport + " did not register:\n" + phone.transcript());
      }
      phone.terminate(Duration.ofSeconds(15));
      return ms;
    }
  }

  private static void report(String transport, List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    int n = sorted.size();
    System.out.printf(
        "%s: median of %d runs %d ms (min %d, max %d)%n",
        transport, n, sorted.get(n / 2), sorted.get(0), sorted.get(n - 1));
  }
}
