package dev.vorzimmer.testsupport.sipp;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running {@code sipp} process on 127.0.0.1 with a scenario built from a bundled template.
 * Always bounded: SIPp's own {@code -timeout}, and {@link #await} / {@link #close} kill it if it
 * outlives that.
 */
public final class SippRun implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SippRun.class);
  private static final int OUTPUT_TAIL_LINES = 15;

  private final Process process;
  private final Path workDir;
  private final String name;
  private final long timeoutSeconds;
  private final int port;

  private SippRun(Process process, Path workDir, String name, long timeoutSeconds, int port) {
    this.process = process;
    this.workDir = workDir;
    this.name = name;
    this.timeoutSeconds = timeoutSeconds;
    this.port = port;
  }

  /**
   * Starts {@code sipp} with the template (placeholders replaced), the -key values and extra
   * arguments.
   *
   * @param target {@code host:port} to call, or null for a server (UAS) scenario
   */
  static SippRun start(
      Path workDir,
      String template,
      Map<String, String> replacements,
      Map<String, String> keys,
      List<String> extraArgs,
      String target,
      long timeoutSeconds)
      throws IOException {
    return start(
        workDir,
        template,
        replacements,
        keys,
        extraArgs,
        target,
        timeoutSeconds,
        List.of(),
        "127.0.0.1");
  }

  /**
   * As above, run through {@code commandPrefix} (e.g. {@code ip netns exec NS}) on {@code localIp}
   * (signalling and media). In a namespace of its own the ports are free anyway; they are picked on
   * the host as usual.
   */
  static SippRun start(
      Path workDir,
      String template,
      Map<String, String> replacements,
      Map<String, String> keys,
      List<String> extraArgs,
      String target,
      long timeoutSeconds,
      List<String> commandPrefix,
      String localIp)
      throws IOException {
    Files.createDirectories(workDir);
    String name = template.replace(".xml", "") + "-" + System.nanoTime();
    Path scenario = workDir.resolve(name + ".xml");
    Files.writeString(scenario, scenario(template, replacements), StandardCharsets.ISO_8859_1);
    int port = freeUdpPort();
    List<String> cmd = new ArrayList<>(commandPrefix);
    cmd.add("sipp");
    if (target != null) {
      cmd.add(target);
    }
    cmd.addAll(
        List.of(
            "-sf",
            scenario.toString(),
            "-i",
            localIp,
            "-p",
            Integer.toString(port),
            "-mi",
            localIp,
            "-mp",
            Integer.toString(freeUdpPorts(MEDIA_PORTS)),
            "-cp",
            Integer.toString(freeUdpPort()),
            "-nostdin",
            "-timeout",
            timeoutSeconds + "s",
            "-timeout_error",
            "-trace_err",
            "-error_file",
            workDir.resolve(name + "-errors.log").toString(),
            "-trace_stat",
            "-stf",
            workDir.resolve(name + "-stats.csv").toString(),
            "-fd",
            "1"));
    cmd.addAll(extraArgs);
    keys.forEach(
        (k, v) -> {
          cmd.add("-key");
          cmd.add(k);
          cmd.add(v);
        });
    Process p =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve(name + "-out.txt").toFile())
            .start();
    return new SippRun(p, workDir, name, timeoutSeconds, port);
  }

  /** The UDP port SIPp listens on (its Via/Contact port). */
  public int port() {
    return port;
  }

  /**
   * Waits for SIPp to finish (bounded by its timeout + 10 s, then it is killed) and reports the
   * outcome.
   */
  public SippResult await() throws IOException, InterruptedException {
    if (!process.waitFor(timeoutSeconds + 10, TimeUnit.SECONDS)) {
      close();
    }
    int exit = process.isAlive() ? -1 : process.exitValue();
    Path errors = workDir.resolve(name + "-errors.log");
    String errorText =
        Files.exists(errors) ? Files.readString(errors, StandardCharsets.ISO_8859_1) : "";
    String output = exit == 0 ? "" : outputTail();
    return new SippResult(exit, errorText, output, workDir.resolve(name + "-stats.csv"));
  }

  /**
   * Kills SIPp if it still runs. Idempotent. If SIPp had already ended by itself with a failure
   * (e.g. it could not bind a port, so the test waited for a call that never came), the end of its
   * output is logged, since its work directory usually goes away with the test.
   */
  @Override
  public void close() {
    if (!process.isAlive() && process.exitValue() != 0) {
      LOG.warn(
          "SIPp {} had ended with exit {}; its output ends with:\n{}",
          name,
          process.exitValue(),
          outputTail());
    }
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private String outputTail() {
    Path out = workDir.resolve(name + "-out.txt");
    try {
      List<String> lines = Files.readAllLines(out, StandardCharsets.ISO_8859_1);
      return String.join(
          "\n", lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private static String scenario(String template, Map<String, String> replacements)
      throws IOException {
    try (InputStream in = SippRun.class.getResourceAsStream(template)) {
      if (in == null) {
        throw new IOException("missing SIPp template " + template);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      for (Map.Entry<String, String> e : replacements.entrySet()) {
        text = text.replace(e.getKey(), e.getValue());
      }
      return text;
    }
  }

  /** SIPp binds its media port and the ones just above it (audio and video, RTP and RTCP). */
  private static final int MEDIA_PORTS = 4;

  /**
   * The first of {@code count} consecutive UDP ports that were all free a moment ago on 127.0.0.1
   * (SIPp ends at once, having called no one, when it cannot bind one of them).
   */
  static int freeUdpPorts(int count) throws IOException {
    for (int attempt = 0; attempt < 100; attempt++) {
      int first = freeUdpPort();
      if (first + count - 1 <= 65_535 && allFree(first + 1, count - 1)) {
        return first;
      }
    }
    throw new IOException("found no " + count + " consecutive free UDP ports");
  }

  private static boolean allFree(int first, int count) {
    List<DatagramSocket> held = new ArrayList<>();
    try {
      for (int port = first; port < first + count; port++) {
        held.add(new DatagramSocket(port, InetAddress.getLoopbackAddress()));
      }
      return true;
    } catch (IOException taken) {
      return false;
    } finally {
      held.forEach(DatagramSocket::close);
    }
  }

  /** A UDP port that was free a moment ago on 127.0.0.1. */
  static int freeUdpPort() throws IOException {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
