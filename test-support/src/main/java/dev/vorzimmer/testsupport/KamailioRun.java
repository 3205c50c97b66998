package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link KamailioProcess} runs Kamailio: its configuration written into the work directory, the
 * process (with its workers) in the foreground, through a command prefix such as {@code ip netns
 * exec NS}, with {@code shmMiB} of shared memory, its output followed into the log until it says it
 * is ready; killed, stopped and started again on request.
 */
final class KamailioRun {
  private static final Logger LOG = LoggerFactory.getLogger(KamailioRun.class);
  private static final Pattern READY = Pattern.compile("VZ-READY ");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final KamailioInstallation installation;
  private final Path workDir;
  private final KamailioConfig config;
  private final Path configFile;
  private final ProcessLog log;
  private final List<String> commandPrefix;
  private final int shmMiB;
  private final ProcessTree tree = new ProcessTree();
  private int runs;

  /** Writes the configuration files; starts nothing. */
  KamailioRun(
      KamailioInstallation installation,
      Path workDir,
      KamailioConfig config,
      ProcessLog log,
      List<String> commandPrefix,
      int shmMiB)
      throws IOException {
    if (shmMiB < 1) {
      throw new IllegalArgumentException("shmMiB must be at least 1 but was " + shmMiB);
    }
    this.installation = installation;
    this.workDir = workDir;
    this.config = config;
    this.configFile = workDir.resolve("kamailio.cfg");
    this.log = log;
    this.commandPrefix = List.copyOf(commandPrefix);
    this.shmMiB = shmMiB;
    Files.writeString(configFile, config.render(), StandardCharsets.UTF_8);
    if (config.tls().isPresent()) {
      Files.writeString(
          config.tls().get().configFile(), config.tls().get().render(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Starts Kamailio (again: a new run, its output appended to the same log) and waits until it
   * serves requests; kills it and throws {@link IllegalStateException} with the log tail if not.
   */
  void launch() throws IOException {
    Files.deleteIfExists(config.ctlSocket());
    Path pidFile = workDir.resolve("kamailio.pid");
    Files.deleteIfExists(pidFile);
    int readyBefore = log.count(READY);
    List<String> command = new ArrayList<>(commandPrefix);
    command.addAll(
        List.of(
            installation.kamailio().toString(),
            "-DD",
            "-E",
            "-f",
            configFile.toString(),
            "-P",
            pidFile.toString(),
            "-w",
            workDir.toString(),
            "-m",
            Integer.toString(shmMiB),
            "-M",
            "8"));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).directory(workDir.toFile());
    runs++;
    Process process = tree.launch(builder);
    log.follow(process.getInputStream(), "kamailio-log-" + config.sipPort() + "-" + runs);
    awaitReady(readyBefore);
    LOG.info(
        "Kamailio ready on {}:{} (trunk {}), run {}, log {}",
        config.listen(),
        config.sipPort(),
        config.trunkPort(),
        runs,
        log.file());
  }

  private void awaitReady(int readyBefore) {
    try {
      if (log.awaitCount(READY, readyBefore + 1, START_TIMEOUT)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.kill();
    throw new IllegalStateException(
        "Kamailio did not become ready within "
            + START_TIMEOUT.toSeconds()
            + " s; log "
            + log.file()
            + " ends with:\n"
            + log.tail(40));
  }

  /** Kills Kamailio and all its workers with SIGKILL. */
  void kill() {
    tree.kill();
  }

  /** Stops Kamailio (SIGTERM, then SIGKILL after {@code grace}) including its workers. */
  void stop(Duration grace) {
    tree.stop(grace);
  }
}
