package dev.vorzimmer.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.app.Main;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged phone ({@code vorzimmer.jar}, run headless with the given JVM flags) registered as
 * alice with the benchmark's Kamailio, with a fresh home: one contact (Erika, +49 30 1234567) and
 * the block entry {@code +49 211 555*} that every load caller falls into.
 *
 * <p>The load's callers (new numbers of one range) are a textbook robot: the phone quarantines the
 * range and would give its later callers the intercept (183 with SIT, then 410), which SIPp counts
 * as failures. The benchmarks measure blocked calls answered 603, so unless told otherwise the
 * phone runs with {@value #ROBOTS_603} (issue #15).
 */
final class PhoneUnderLoad implements AutoCloseable {
  static final String CONTACT_NUMBER = "+49301234567";

  /** The {@code [screening]} line that makes quarantined robot ranges a plain 603. */
  static final String ROBOTS_603 = "robot_reject_with = \"603\"";

  private static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(60);

  private final Path home;
  private final KamailioProcess kamailio;
  private final BenchProcess process;
  private final int sipPort;

  private PhoneUnderLoad(Path home, KamailioProcess kamailio, BenchProcess process, int sipPort) {
    this.home = home;
    this.kamailio = kamailio;
    this.process = process;
    this.sipPort = sipPort;
  }

  /**
   * The phone's own SIP port (for direct load: 127.0.0.1 is a trusted host in the benchmark's
   * config).
   */
  int sipPort() {
    return sipPort;
  }

  /**
   * Creates the home, adds the contact and the block entry, starts the phone and waits until it is
   * registered; quarantined robot ranges get 603 ({@link #ROBOTS_603}).
   */
  static PhoneUnderLoad start(
      Path dir, KamailioProcess kamailio, Path jar, List<String> javaOptions) throws Exception {
    return start(dir, kamailio, jar, javaOptions, ROBOTS_603);
  }

  /** As above, with {@code screening} appended to the config as its {@code [screening]} section. */
  static PhoneUnderLoad start(
      Path dir, KamailioProcess kamailio, Path jar, List<String> javaOptions, String screening)
      throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
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
        [calls]
        trusted_hosts = ["127.0.0.1"]
        """
                .formatted(kamailio.domain(), kamailio.sipPort(), port)
            + (screening.isEmpty() ? "" : "[screening]\n" + screening + "\n"));
    Files.setPosixFilePermissions(
        home.resolve("config.toml"), PosixFilePermissions.fromString("rw-------"));
    cli(home, "contacts", "add", "Erika Mustermann", "+49 30 1234567");
    cli(home, "block", "add", "+49 211 555*", "--reason", "call centre (load benchmark)");
    List<String> cmd = new ArrayList<>(List.of(BenchProcess.java()));
    cmd.addAll(javaOptions);
    cmd.addAll(List.of("-jar", jar.toString(), "run", "--headless", "--home", home.toString()));
    BenchProcess process = BenchProcess.start("phone", cmd, dir);
    try {
      process.awaitLine(l -> l.startsWith("registered "), REGISTER_TIMEOUT);
    } catch (RuntimeException | InterruptedException e) {
      process.close();
      throw e;
    }
    return new PhoneUnderLoad(home, kamailio, process, port);
  }

  BenchProcess process() {
    return process;
  }

  /** True while Kamailio holds a contact for alice. */
  boolean registered() throws IOException {
    return !kamailio.contactsOf("alice").isEmpty();
  }

  /** A contact's call through the trunk: must ring (180), then the caller cancels. */
  boolean contactRings(Path dir) throws IOException, InterruptedException {
    SippResult r =
        new SippCaller(dir)
            .calling("alice")
            .from(CONTACT_NUMBER, "Erika")
            .expectRingThenCancelAfter(300)
            .timeoutSeconds(30)
            .callTo("127.0.0.1", kamailio.trunkPort());
    return r.allCallsSucceeded();
  }

  /**
   * Waits (at most {@code timeout}) until the call log holds {@code expected} rejected calls from
   * the load range; returns the count last seen.
   */
  long awaitRejectedLogged(long expected, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long count = rejectedLogged();
    while (count < expected && System.nanoTime() < deadline) {
      TimeUnit.SECONDS.sleep(
          2); // a benchmark main, not a test: the phone writes its log asynchronously
      count = rejectedLogged();
    }
    return count;
  }

  private long rejectedLogged() throws IOException {
    JsonNode calls =
        new ObjectMapper().readTree(cli(home, "calls", "--json", "--limit", "10000000"));
    long n = 0;
    for (JsonNode c : calls) {
      if (c.path("e164").asText().startsWith(SippLoad.NUMBER_PREFIX)
          && "REJECT".equals(c.path("verdict").asText())) {
        n++;
      }
    }
    return n;
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

  /** SIGTERM: the phone unregisters and exits; killed if it does not within 20 s. */
  @Override
  public void close() throws InterruptedException {
    try {
      process.terminate(Duration.ofSeconds(20));
    } finally {
      process.close();
    }
  }
}
