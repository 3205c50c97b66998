package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process together with the workers it forks (Kamailio forks one per listener). Killing
 * only the main process would leave workers holding the ports, so every stop covers the whole tree:
 * the process is started in its own session via {@code setsid} (when available) and killed as a
 * process group, which also catches a worker forked while we were killing. A JVM shutdown hook
 * kills the tree if the test JVM ends without closing it.
 */
final class ProcessTree {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);
  private static final Optional<Path> SETSID =
      Stream.of("/usr/bin/setsid", "/bin/setsid")
          .map(Path::of)
          .filter(Files::isExecutable)
          .findFirst();

  private Process process;
  private Thread shutdownHook;

  synchronized Process launch(ProcessBuilder builder) throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("process still running: pid " + process.pid());
    }
    List<String> command = new ArrayList<>(builder.command());
    if (SETSID.isPresent()) {
      command.add(0, SETSID.get().toString());
    }
    process = builder.command(command).start();
    if (shutdownHook == null) {
      shutdownHook = new Thread(this::kill, "kill-" + process.pid());
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
    return process;
  }

  /** SIGKILL to the main process and all its descendants; waits until they are gone. */
  synchronized void kill() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all = members();
    if (SETSID.isPresent()) {
      killGroup(process.pid());
    }
    all.forEach(ProcessHandle::destroyForcibly);
    awaitExit(all, KILL_WAIT);
  }

  /**
   * SIGTERM to the main process, then {@link #kill()} if it (or a worker) is still there after the
   * grace time.
   */
  synchronized void stop(Duration grace) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> all = members();
    process.destroy();
    if (!awaitExit(all, grace)) {
      LOG.warn(
          "process {} did not stop within {} ms after SIGTERM; killing it",
          process.pid(),
          grace.toMillis());
    }
    kill();
    removeHook();
  }

  /** SIGKILL to the whole process group led by {@code pid} (our setsid child). */
  private static void killGroup(long pid) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-KILL", "--", "-" + pid).redirectErrorStream(true).start();
      if (!kill.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        kill.destroyForcibly();
        LOG.warn("kill of process group {} did not finish", pid);
      }
    } catch (IOException e) {
      LOG.warn("cannot kill process group {}; killing known members only", pid, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<ProcessHandle> members() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    return all;
  }

  private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle handle : handles) {
      try {
        handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        LOG.warn("cannot wait for process {}", handle.pid(), e);
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private void removeHook() {
    if (shutdownHook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      LOG.debug("JVM already shutting down; hook stays", e);
    }
    shutdownHook = null;
  }
}
