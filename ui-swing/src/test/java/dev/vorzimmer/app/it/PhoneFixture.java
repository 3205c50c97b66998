package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.Main;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.TestPki;
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
import java.util.Map;

/**
 * A real provider (Kamailio on 127.0.0.1), a fresh home with a config registering "alice" there,
 * and the packaged phone running headless. {@link #cli} runs CLI commands in-process against the
 * same home (and database) while the phone runs.
 */
final class PhoneFixture implements AutoCloseable {
  static final Duration LINE_TIMEOUT = Duration.ofSeconds(30);
  final Path work;
  final Path home;
  final KamailioProcess kamailio;
  final int phonePort;
  PhoneProcess phone;

  private PhoneFixture(Path work, Path home, KamailioProcess kamailio, int phonePort) {
    this.work = work;
    this.home = home;
    this.kamailio = kamailio;
    this.phonePort = phonePort;
  }

  /** Starts Kamailio and writes the config; {@code extraConfig} is appended (TOML). */
  static PhoneFixture create(String extraConfig) throws Exception {
    return create(extraConfig, 300);
  }

  /**
   * As {@link #create(String)}, registering for {@code expires} seconds (refreshed at half of it).
   */
  static PhoneFixture create(String extraConfig, int expires) throws Exception {
    return create("", extraConfig, expires);
  }

  /**
   * As {@link #create(String, int)}, with {@code accountConfig} (TOML keys) added to {@code
   * [account]}.
   */
  static PhoneFixture create(String accountConfig, String extraConfig, int expires)
      throws Exception {
    Path work = Files.createTempDirectory("vz-it");
    Path home = Files.createDirectories(work.resolve("home"));
    KamailioProcess kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")), Map.of("alice", "wonderland"));
    int port = FreePorts.udpAndTcp();
    Path config = home.resolve("config.toml");
    Files.writeString(
        config,
        """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "wonderland"
        expires = %d
        %s
        [sip]
        listen = "127.0.0.1:%d"
        """
                .formatted(kamailio.domain(), kamailio.sipPort(), expires, accountConfig, port)
            + extraConfig);
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    return new PhoneFixture(work, home, kamailio, port);
  }

  /**
   * Kamailio with a TLS listener presenting a certificate for "localhost" from {@code issuer},
   * valid until {@code notAfter}; the phone configured with {@code transport = "tls"}, {@code
   * registrar = "localhost:PORT"} and {@code ca_file = "provider-ca.pem"} holding the CA of {@code
   * trusted}.
   */
  static PhoneFixture overTls(TestPki issuer, TestPki trusted, java.time.Instant notAfter)
      throws Exception {
    Path work = Files.createTempDirectory("vz-it");
    Path home = Files.createDirectories(work.resolve("home"));
    TestPki.ServerFiles files =
        issuer.issue(
            work.resolve("tls"), "localhost", notAfter.minus(Duration.ofDays(30)), notAfter);
    KamailioProcess kamailio =
        KamailioProcess.startWithTls(
            Files.createDirectories(work.resolve("kamailio")),
            Map.of("alice", "wonderland"),
            1,
            files.certificate(),
            files.key());
    trusted.writeCa(home.resolve("provider-ca.pem"));
    int port = FreePorts.udpAndTcp();
    Path config = home.resolve("config.toml");
    Files.writeString(
        config,
        """
        [account]
        user = "alice"
        domain = "%s"
        registrar = "localhost:%d"
        transport = "tls"
        ca_file = "provider-ca.pem"
        password = "wonderland"
        [sip]
        listen = "127.0.0.1:%d"
        """
            .formatted(kamailio.domain(), kamailio.tlsPort(), port));
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    return new PhoneFixture(work, home, kamailio, port);
  }

  /** Starts the phone and waits until it is registered. */
  void startPhone() throws Exception {
    phone = PhoneProcess.start(work, "run", "--headless", "--home", home.toString());
    assertThat(phone.awaitLine(l -> l.startsWith("registered "), LINE_TIMEOUT))
        .as(phone::transcript)
        .isNotNull();
  }

  /** Runs {@code vorzimmer ARGS --home HOME} in this JVM; asserts exit 0 and returns stdout. */
  String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--home");
    all.add(home.toString());
    int code =
        Main.execute(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertThat(code).as("vorzimmer %s", all).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A SIPp caller dialling alice. */
  SippCaller caller() {
    return new SippCaller(work.resolve("sipp")).calling("alice").timeoutSeconds(60);
  }

  /**
   * Asserts every SIPp call went as scripted, with the phone's and Kamailio's output on failure.
   */
  void assertCall(SippResult r) {
    assertThat(r.allCallsSucceeded())
        .as(() -> r + "\n" + phone.transcript() + "\n" + kamailio.logTail(40))
        .isTrue();
  }

  @Override
  public void close() throws Exception {
    try {
      if (phone != null) {
        phone.close();
      }
    } finally {
      kamailio.close();
    }
  }
}
