package dev.vorzimmer.app.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged phone ({@code target/vorzimmer.jar}) running as a separate process, as a user starts
 * it. Its stdout lines are queued so a test can await them; stderr goes to a file.
 */
final class PhoneProcess implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private final Path stderr;
  private final Thread reader;

  private PhoneProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.reader = new Thread(this::pump, "phone-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code vorzimmer ARGS} from the packaged jar. */
  static PhoneProcess start(Path workDir, String... args) throws IOException {
    return startIn(List.of(), workDir, args);
  }

  /**
   * Starts {@code vorzimmer ARGS} through {@code prefix}, e.g. {@code ip netns exec NS} (the
   * network lab).
   */
  static PhoneProcess startIn(List<String> prefix, Path workDir, String... args)
      throws IOException {
    Path jar = Path.of("target", "vorzimmer.jar").toAbsolutePath();
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          jar + " is missing: integration tests run after 'mvn package'");
    }
    return launch(prefix, workDir, List.of("-jar", jar.toString()), args);
  }

  /**
   * Starts {@code java MAIN ARGS} on this test JVM's class path through {@code prefix} (a test's
   * own child).
   */
  static PhoneProcess startMainIn(List<String> prefix, Path workDir, Class<?> main, String... args)
      throws IOException {
    return launch(
        prefix,
        workDir,
        List.of("-cp", System.getProperty("java.class.path"), main.getName()),
        args);
  }

  /** Starts {@code command} (any program, e.g. the installed launcher) with {@code env} added. */
  static PhoneProcess command(Map<String, String> env, Path workDir, List<String> command)
      throws IOException {
    Files.createDirectories(workDir);
    Path err = workDir.resolve("phone-stderr-" + System.nanoTime() + ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    return new PhoneProcess(p, err);
  }

  private static PhoneProcess launch(
      List<String> prefix, Path workDir, List<String> what, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(what);
    cmd.addAll(List.of(args));
    Files.createDirectories(workDir);
    Path err = workDir.resolve("phone-stderr-" + System.nanoTime() + ".txt");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    return new PhoneProcess(p, err);
  }

  private void pump() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("<stdout closed: " + e.getMessage() + ">");
    }
  }

  /**
   * Waits for the next stdout line matching {@code match}; null on timeout. Earlier lines are kept
   * in {@link #seen}.
   */
  String awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      String line = lines.poll(left, TimeUnit.NANOSECONDS);
      if (line == null) {
        return null;
      }
      seen.add(line);
      if (match.test(line)) {
        return line;
      }
    }
    return null;
  }

  /** True when a stdout line printed so far (awaited or not) matches. */
  boolean printed(Predicate<String> match) {
    lines.drainTo(seen);
    return seen.stream().anyMatch(match);
  }

  /** Completes with this when the process has ended. */
  CompletableFuture<PhoneProcess> exited() {
    return process.onExit().thenApply(p -> this);
  }

  /** The phone's process id. */
  long pid() {
    return process.pid();
  }

  /** Sends SIGTERM and waits for the exit status (-1 if it did not exit in time). */
  int terminate(Duration timeout) throws InterruptedException {
    // Through the handle: Process.destroy() would also close our end of stdout, losing the last
    // lines.
    process.toHandle().destroy();
    return awaitExit(timeout);
  }

  /** Kills the process with SIGKILL (no shutdown hooks: a crash) and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** Waits for the process to end by itself. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return -1;
    }
    reader.join(TimeUnit.SECONDS.toMillis(5)); // the last lines are read once stdout hits EOF
    return process.exitValue();
  }

  /**
   * Everything printed so far (stdout lines consumed by awaits, then stderr), for failure messages.
   */
  String transcript() {
    List<String> rest = new ArrayList<>(seen);
    lines.drainTo(rest);
    seen.clear();
    seen.addAll(rest);
    String err;
    try {
      err = Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err = "<no stderr: " + e.getMessage() + ">";
    }
    return "stdout:\n" + String.join("\n", rest) + "\nstderr:\n" + err;
  }

  String stderr() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
