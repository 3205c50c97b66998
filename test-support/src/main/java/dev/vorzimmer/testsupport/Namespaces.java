package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link NetLab} does with whole network namespaces and commands: checks it may make them,
 * removes those a killed run left ({@code vzlab<pid>x<n>p|r|h} whose JVM is gone), deletes them
 * with what runs inside, and runs commands bounded in time.
 */
final class Namespaces {
  static final String PREFIX = "vzlab";
  private static final Logger LOG = LoggerFactory.getLogger(Namespaces.class);
  private static final Pattern OURS = Pattern.compile(PREFIX + "(\\d+)x\\d+[prh]");
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

  private Namespaces() {}

  /** Fails with a clear message when not root or {@code ip netns} is unusable. */
  static void requireRoot() throws InterruptedException {
    String why = null;
    try {
      String uid = exec(List.of("id", "-u"), null).trim();
      if (!uid.equals("0")) {
        why =
            "the network lab must run as root (uid is " + uid + "); CI runs ./scripts/test as root";
      } else {
        exec(List.of("ip", "netns", "list"), null);
      }
    } catch (IOException e) {
      why = "the network lab needs 'ip netns' (Debian package iproute2): " + e.getMessage();
    }
    if (why != null) {
      throw new IllegalStateException(why);
    }
  }

  /** Deletes lab namespaces whose creating JVM is gone (a run that was killed). */
  static void removeStale() throws IOException, InterruptedException {
    for (String line : exec(List.of("ip", "netns", "list"), null).split("\n")) {
      String name = line.split(" ")[0].trim();
      Matcher m = OURS.matcher(name);
      if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
        LOG.warn(
            "removing stale network namespace {} of a test run that ended without cleaning up",
            name);
        delete(name);
      }
    }
  }

  /** Kills every process inside namespace {@code name} and deletes it; failures are logged. */
  static void delete(String name) {
    try {
      for (String pid : exec(List.of("ip", "netns", "pids", name), null).split("\\s+")) {
        if (!pid.isBlank()) {
          ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
        }
      }
      exec(List.of("ip", "netns", "del", name), null);
    } catch (IOException e) {
      LOG.warn("could not delete network namespace {}: {}", name, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("interrupted while deleting network namespace {}", name);
    }
  }

  /**
   * Runs a command (stdin from {@code input} if given) bounded by 10 s; output on success,
   * IOException otherwise.
   */
  static String exec(List<String> command, String input) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (input != null) {
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
      }
      p.getOutputStream().close();
      if (!p.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException(
            String.join(" ", command) + " did not finish within " + COMMAND_TIMEOUT);
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException(
            String.join(" ", command) + " failed (" + p.exitValue() + "): " + out.trim());
      }
      return out;
    } finally {
      p.destroyForcibly();
    }
  }
}
