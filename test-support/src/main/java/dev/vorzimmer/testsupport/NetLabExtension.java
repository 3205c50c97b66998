package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh {@link NetLab} per test with the provider running in it: rtpengine and Kamailio
 * (registrar on {@link NetLab#PROVIDER_ADDRESS}:5060, trunk on :5070, media through rtpengine).
 * Everything is stopped and the namespaces deleted after the test, also when it fails; the work
 * directory (logs) is kept after a failure and its path logged with the tail of Kamailio's output.
 *
 * <pre>{@code
 * @RegisterExtension
 * final NetLabExtension net = new NetLabExtension(Map.of("alice", "secret"));
 * }</pre>
 */
public final class NetLabExtension implements BeforeEachCallback, AfterEachCallback, TestWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NetLabExtension.class);

  private final Map<String, String> users;
  private final TestPki tlsCa;
  private NetLab lab;
  private RtpengineProcess relay;
  private KamailioProcess kamailio;
  private Path workDir;

  /**
   * @param users user name to password at the provider's registrar
   */
  public NetLabExtension(Map<String, String> users) {
    this(users, null);
  }

  private NetLabExtension(Map<String, String> users, TestPki tlsCa) {
    this.users = Map.copyOf(users);
    this.tlsCa = tlsCa;
  }

  /**
   * The same lab whose provider also listens for TLS on {@link NetLab#PROVIDER_ADDRESS}:5061, with
   * a certificate from {@code ca} for "sip.lab.example" and the provider address.
   */
  public static NetLabExtension withTls(Map<String, String> users, TestPki ca) {
    return new NetLabExtension(users, ca);
  }

  public NetLab lab() {
    return require(lab);
  }

  public KamailioProcess kamailio() {
    return require(kamailio);
  }

  public RtpengineProcess relay() {
    return require(relay);
  }

  /** This test's work directory (logs of Kamailio and rtpengine live here). */
  public Path workDir() {
    return require(workDir);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException, InterruptedException {
    workDir = Files.createTempDirectory("vz-lab");
    lab = NetLab.create();
    relay = RtpengineProcess.start(lab, workDir);
    Path kamailioDir = Files.createDirectories(workDir.resolve("kamailio"));
    if (tlsCa == null) {
      kamailio =
          KamailioProcess.startInLab(
              kamailioDir,
              users,
              lab.in(NetLab.Ns.PROVIDER),
              NetLab.PROVIDER_ADDRESS,
              RtpengineProcess.NG_PORT);
    } else {
      TestPki.ServerFiles server =
          tlsCa.issueWithAddress(
              kamailioDir.resolve("pki"), "sip.lab.example", NetLab.PROVIDER_ADDRESS);
      kamailio =
          KamailioProcess.startInLabWithTls(
              kamailioDir,
              users,
              lab.in(NetLab.Ns.PROVIDER),
              NetLab.PROVIDER_ADDRESS,
              RtpengineProcess.NG_PORT,
              server.certificate(),
              server.key());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (kamailio != null) {
        kamailio.close();
      }
      if (relay != null) {
        relay.close();
      }
    } finally {
      if (lab != null) {
        lab.close();
      }
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (kamailio != null) {
      LOG.error(
          "{} failed; lab work directory {} kept; Kamailio log ends with:\n{}",
          context.getDisplayName(),
          workDir,
          kamailio.logTail(60));
    }
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    try (Stream<Path> files = Files.walk(workDir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.warn("could not delete lab work directory {}", workDir, e);
    }
  }

  private static <T> T require(T value) {
    if (value == null) {
      throw new IllegalStateException("the network lab exists only during a test");
    }
    return value;
  }
}
