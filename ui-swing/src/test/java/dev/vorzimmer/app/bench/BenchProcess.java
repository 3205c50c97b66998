package dev.vorzimmer.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM under load (the packaged phone or the bare UAS) as a child process: stdout lines are queued
 * for {@link #awaitLine}, stderr goes to a file; CPU time comes from {@code /proc/PID/stat}, heap
 * figures from {@code jcmd}. Closing stdin is the bare UAS's stop signal; {@link #close} ends any
 * of them.
 */
final class BenchProcess implements AutoCloseable {
  /** G1/Parallel/Serial: "total 131072K, used 45678K". */
  private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

  /** ZGC: "ZHeap used 48M, capacity 96M". */
  private static final Pattern Z_HEAP = Pattern.compile("used (\\d+)M, capacity (\\d+)M");

  /**
   * Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture we run
   * on.
   */
  private static final double TICKS_PER_SECOND = 100.0;

  /** Lines nobody awaits (Kamailio logs every request) are dropped beyond this many. */
  private static final int MAX_QUEUED_LINES = 10_000;

  private final String name;
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Path stderr;

  private BenchProcess(String name, Process process, Path stderr) {
    this.name = name;
    this.process = process;
    this.stderr = stderr;
    Thread reader = new Thread(this::pump, name + "-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code command} in {@code dir}; stderr goes to {@code dir/NAME-stderr.txt}. */
  static BenchProcess start(String name, List<String> command, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path err = dir.resolve(name + "-stderr.txt");
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
    return new BenchProcess(name, p, err);
  }

  /** The {@code java} binary of the running JDK. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void pump() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (lines.size() < MAX_QUEUED_LINES) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      lines.add("<stdout closed: " + e.getMessage() + ">");
    }
  }

  /** Waits for a stdout line matching {@code match}; fails with the stderr tail on timeout. */
  String awaitLine(Predicate<String> match, Duration timeout)
      throws InterruptedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      String line = lines.poll(left, TimeUnit.NANOSECONDS);
      if (line != null && match.test(line)) {
        return line;
      }
    }
    throw new IllegalStateException(
        name
            + " did not print the expected line within "
            + timeout.toSeconds()
            + " s; stderr:\n"
            + Files.readString(stderr, StandardCharsets.UTF_8));
  }

  /** The process id (for attaching to the JVM). */
  long pid() {
    return process.pid();
  }

  /** {@code jcmd GC.class_histogram}: live objects per class, after a full GC. */
  String classHistogram() throws IOException, InterruptedException {
    return jcmd("GC.class_histogram");
  }

  /** CPU seconds (user + system, all threads) used so far. */
  double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // after "pid (comm) ": field 0 is state, utime and stime are fields 11 and 12
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
  }

  /**
   * Heap {used, committed} in MiB as {@code jcmd GC.heap_info} reports it; after a full GC when
   * asked.
   */
  long[] heapMiB(boolean afterGc) throws IOException, InterruptedException {
    if (afterGc) {
      jcmd("GC.run");
    }
    String info = jcmd("GC.heap_info");
    Matcher m = HEAP.matcher(info);
    if (m.find()) {
      return new long[] {Long.parseLong(m.group(2)) / 1024, Long.parseLong(m.group(1)) / 1024};
    }
    Matcher z = Z_HEAP.matcher(info);
    if (z.find()) {
      return new long[] {Long.parseLong(z.group(1)), Long.parseLong(z.group(2))};
    }
    throw new IllegalStateException("no heap figures from jcmd for " + name + ":\n" + info);
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("jcmd " + command + " did not finish for " + name);
    }
    return out;
  }

  /** Closes stdin (the bare UAS's stop signal), then waits for the process to end by itself. */
  void endInput(Duration timeout) throws IOException, InterruptedException {
    process.getOutputStream().close();
    process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * SIGTERM (the phone unregisters and exits 0); the exit status, or -1 if it did not exit in time.
   */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  /** Kills the process and all its descendants (Kamailio's workers) with SIGKILL. */
  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
