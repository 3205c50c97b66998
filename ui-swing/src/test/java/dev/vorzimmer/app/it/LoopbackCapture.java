package dev.vorzimmer.app.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * UDP on the loopback interface, captured by {@code tshark} for a bounded time with a port filter:
 * what really travelled on the wire.
 */
final class LoopbackCapture implements AutoCloseable {

  /** One captured datagram. */
  record Datagram(int sourcePort, int destinationPort, byte[] payload) {}

  private final Process process;
  private final Path out;

  private LoopbackCapture(Process process, Path out) {
    this.process = process;
    this.out = out;
  }

  static boolean installed() {
    return Files.isExecutable(Path.of("/usr/bin/tshark"));
  }

  /**
   * Starts capturing UDP to or from ports {@code low}..{@code high} for at most {@code seconds};
   * returns once it captures.
   */
  static LoopbackCapture start(Path dir, int low, int high, int seconds)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path out = dir.resolve("capture.txt");
    Path err = dir.resolve("tshark-stderr.txt");
    Process p =
        new ProcessBuilder(
                "tshark",
                "-i",
                "lo",
                "-f",
                "udp portrange " + low + "-" + high,
                "-a",
                "duration:" + seconds,
                "-l",
                "-T",
                "fields",
                "-e",
                "udp.srcport",
                "-e",
                "udp.dstport",
                "-e",
                "udp.payload")
            .redirectOutput(out.toFile())
            .redirectErrorStream(false)
            .start();
    p.getOutputStream().close();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      seen.append(line).append('\n');
      if (line.contains("Capturing on")) {
        Files.writeString(err, seen);
        Thread drain = new Thread(() -> drain(r), "tshark-stderr");
        drain.setDaemon(true);
        drain.start();
        return new LoopbackCapture(p, out);
      }
    }
    p.destroy();
    throw new IOException("tshark did not start capturing: " + seen);
  }

  /** Reads tshark's remaining stderr until it ends (the process stopped). */
  private static void drain(BufferedReader r) {
    try (r) {
      while (r.readLine() != null) {
        continue;
      }
    } catch (IOException e) {
      // The stream closes when tshark is stopped; nothing of it is needed.
      return;
    }
  }

  /** Stops the capture (if still running) and returns what it saw. */
  List<Datagram> stop() throws IOException, InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
    List<Datagram> datagrams = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      String[] f = line.split("\t");
      if (f.length == 3 && !f[2].isEmpty()) {
        datagrams.add(
            new Datagram(
                Integer.parseInt(f[0]),
                Integer.parseInt(f[1]),
                HexFormat.of().parseHex(f[2].replace(":", ""))));
      }
    }
    return datagrams;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
