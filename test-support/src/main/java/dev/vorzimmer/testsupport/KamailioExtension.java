package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a fresh {@link KamailioProcess} before each test and always stops it afterwards; when a
 * test fails, logs the tail of Kamailio's output and where the full log is. Use with
 * {@code @RegisterExtension}:
 *
 * <pre>{@code
 * @RegisterExtension
 * final KamailioExtension kamailio = new KamailioExtension(Map.of("alice", "secret"), 1);
 * }</pre>
 *
 * <p>The work directory is a new directory under {@code java.io.tmpdir} (short, because of the unix
 * control socket path limit); it is deleted after a successful test and kept for inspection after a
 * failure.
 */
public final class KamailioExtension implements BeforeEachCallback, AfterEachCallback, TestWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(KamailioExtension.class);

  private final Map<String, String> users;
  private final int minExpires;
  private KamailioProcess process;
  private Path workDir;
  private TestPki tlsCa;
  private String tlsName;

  /**
   * @param users user name to password
   * @param minExpires registrar's minimum expires (423 below it)
   */
  public KamailioExtension(Map<String, String> users, int minExpires) {
    this.users = Map.copyOf(users);
    this.minExpires = minExpires;
  }

  /**
   * Kamailio also listens for TLS ({@link KamailioProcess#tlsPort()}) with a certificate for {@code
   * serverName} issued by {@code ca} (a fresh one per test).
   */
  public KamailioExtension withTls(TestPki ca, String serverName) {
    this.tlsCa = ca;
    this.tlsName = serverName;
    return this;
  }

  /** The Kamailio of the running test. */
  public KamailioProcess process() {
    if (process == null) {
      throw new IllegalStateException("Kamailio runs only during a test");
    }
    return process;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    workDir = Files.createTempDirectory("vz-kam");
    if (tlsCa == null) {
      process = KamailioProcess.start(workDir, users, minExpires);
    } else {
      TestPki.ServerFiles files = tlsCa.issue(workDir.resolve("tls"), tlsName);
      process =
          KamailioProcess.startWithTls(
              workDir, users, minExpires, files.certificate(), files.key());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (process != null) {
      process.close();
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (process != null) {
      LOG.error(
          "{} failed; Kamailio log {} ends with:\n{}",
          context.getDisplayName(),
          process.logFile(),
          process.logTail(60));
    }
  }

  @Override
  public void testSuccessful(ExtensionContext context) {
    process = null;
    deleteWorkDir();
  }

  private void deleteWorkDir() {
    if (workDir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(workDir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.warn("could not delete Kamailio work directory {}", workDir, e);
    }
    workDir = null;
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    process = null;
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {
    process = null;
  }
}
