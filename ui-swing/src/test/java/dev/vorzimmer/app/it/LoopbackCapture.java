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
 * UDP (and optionally one TCP port) on the loopback interface, captured by {@code tshark} for a
 * bounded time with a port filter: what really travelled on the wire.
 */
final class LoopbackCapture implements AutoCloseable {

  /** One captured datagram. */
  record Datagram(int sourcePort, int destinationPort, byte[] payload) {}

  /** What the capture saw: UDP datagrams and the payloads of TCP segments that carried data. */
  record Wire(List<Datagram> udp, List<Datagram> tcp) {}

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
    return start(dir, "udp portrange " + low + "-" + high, seconds);
  }

  /**
   * Starts capturing UDP to or from ports {@code low}..{@code high} and TCP to or from {@code
   * tcpPort} for at most {@code seconds}; read the result with {@link #stopWire()}.
   */
  static LoopbackCapture startWithTcp(Path dir, int low, int high, int tcpPort, int seconds)
      throws IOException, InterruptedException {
    return start(dir, "udp portrange " + low + "-" + high + " or tcp port " + tcpPort, seconds);
  }

  private static LoopbackCapture start(Path dir, String filter, int seconds) throws IOException {
    Files.createDirectories(dir);
    Path out = dir.resolve("capture.txt");
    Path err = dir.resolve("tshark-stderr.txt");
    Process p =
        new ProcessBuilder(
                "tshark",
                "-i",
                "lo",
                "-f",
                filter,
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
                "udp.payload",
                "-e",
                "tcp.srcport",
                "-e",
                "tcp.dstport",
                "-e",
                "tcp.payload")
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
    return stopWire().udp();
  }

  /** Stops the capture (if still running) and returns the UDP and TCP payloads it saw. */
  Wire stopWire() throws IOException, InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
    List<Datagram> udp = new ArrayList<>();
    List<Datagram> tcp = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      String[] f = line.split("\t", -1);
      if (f.length == 6 && !f[2].isEmpty()) {
        udp.add(datagram(f[0], f[1], f[2]));
      } else if (f.length == 6 && !f[5].isEmpty()) {
        tcp.add(datagram(f[3], f[4], f[5]));
      }
    }
    return new Wire(udp, tcp);
  }

  private static Datagram datagram(String source, String destination, String hex) {
    return new Datagram(
        Integer.parseInt(source),
        Integer.parseInt(destination),
        HexFormat.of().parseHex(hex.replace(":", "")));
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
