package dev.vorzimmer.app.it;

import dev.vorzimmer.testsupport.BaresipProcess;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.NetLab;
import dev.vorzimmer.testsupport.RtpengineProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test), in the network lab ({@link NetLab}: phone at home behind NAT, Kamailio +
 * rtpengine at the provider), with the README's default configuration: (1) wall time from starting
 * the packaged phone's process to its "registered" line; (2) call set-up through the media relay:
 * {@code vorzimmer call} to an auto-answering baresip, from its "calling" line to its "active" line
 * (INVITE, 407, INVITE with credentials, rtpengine offer, 200 from baresip, rtpengine answer, ACK).
 * Needs root. Run with {@code scripts/bench-netlab [RUNS]}.
 */
public final class NetLabBenchmark {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private NetLabBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("vz-bench-lab");
    try (NetLab lab = NetLab.create();
        RtpengineProcess relay = RtpengineProcess.start(lab, work);
        KamailioProcess kamailio =
            KamailioProcess.startInLab(
                Files.createDirectories(work.resolve("kamailio")),
                Map.of("alice", "wonderland", "bob", "builder"),
                lab.in(NetLab.Ns.PROVIDER),
                NetLab.PROVIDER_ADDRESS,
                RtpengineProcess.NG_PORT);
        BaresipProcess bob =
            BaresipProcess.answering(
                work.resolve("baresip"),
                lab.in(NetLab.Ns.PROVIDER),
                NetLab.PROVIDER_ADDRESS,
                5094,
                "bob",
                "builder",
                NetLab.PROVIDER_ADDRESS + ":5060",
                ToneFile.write(work.resolve("tone.wav"), 600, 10),
                600)) {
      if (!kamailio.awaitLogLine(Pattern.compile("VZ-REGISTER-OK aor=sip:bob@"), WAIT)) {
        throw new IllegalStateException("baresip did not register:\n" + bob.logTail(30));
      }
      List<Long> register = new ArrayList<>();
      List<Long> setup = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        Path home = Files.createDirectories(work.resolve("home" + i));
        Files.writeString(
            home.resolve("config.toml"),
            """
            [account]
            user = "alice"
            domain = "%s"
            registrar = "%s:5060"
            password = "wonderland"
            expires = 60
            """
                .formatted(kamailio.domain(), NetLab.PROVIDER_ADDRESS));
        register.add(registerMillis(lab, home, i));
        setup.add(setupMillis(lab, home, kamailio.domain(), i));
      }
      report("process start -> REGISTERED through NAT", register);
      report("call set-up through rtpengine (calling -> active)", setup);
    }
  }

  private static long registerMillis(NetLab lab, Path home, int run) throws Exception {
    long start = System.nanoTime();
    try (PhoneProcess phone =
        PhoneProcess.startIn(
            lab.in(NetLab.Ns.HOME), home, "run", "--headless", "--home", home.toString())) {
      String line = phone.awaitLine(l -> l.startsWith("registered "), WAIT);
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (line == null) {
        throw new IllegalStateException("run " + run + " did not register:\n" + phone.transcript());
      }
      System.out.printf("run %d: process start -> REGISTERED %d ms%n", run + 1, ms);
      phone.terminate(Duration.ofSeconds(15));
      return ms;
    }
  }

  private static long setupMillis(NetLab lab, Path home, String domain, int run) throws Exception {
    try (PhoneProcess call =
        PhoneProcess.startIn(
            lab.in(NetLab.Ns.HOME), home, "call", "sip:bob@" + domain, "--home", home.toString())) {
      if (call.awaitLine(l -> l.startsWith("calling "), WAIT) == null) {
        throw new IllegalStateException("run " + run + " did not call:\n" + call.transcript());
      }
      long start = System.nanoTime();
      if (call.awaitLine(l -> l.startsWith("active"), WAIT) == null) {
        throw new IllegalStateException("run " + run + " was not answered:\n" + call.transcript());
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("run %d: call set-up (calling -> active) %d ms%n", run + 1, ms);
      call.terminate(Duration.ofSeconds(15));
      return ms;
    }
  }

  private static void report(String what, List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    System.out.printf(
        "%s: median of %d runs %d ms (min %d, max %d)%n",
        what,
        sorted.size(),
        sorted.get(sorted.size() / 2),
        sorted.get(0),
        sorted.get(sorted.size() - 1));
  }
}
