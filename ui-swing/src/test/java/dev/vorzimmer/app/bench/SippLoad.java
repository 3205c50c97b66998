package dev.vorzimmer.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One SIPp load run on 127.0.0.1 with the {@code load-blocked.xml} template (test-support): {@code
 * rate} calls/s for {@code seconds}, each from a distinct number {@code +49211555NNNNN} (inside the
 * blocked range), each expecting a final {@code status} without ringing. Bounded: SIPp's -timeout,
 * then killed.
 */
final class SippLoad {
  static final String NUMBER_PREFIX = "+49211555";

  /** A call slower than this counts as slow for {@link LoadResult#lastSlowMs()}. */
  static final double SLOW_MS = 20;

  private static final String TEMPLATE = "/dev/vorzimmer/testsupport/sipp/load-blocked.xml";

  private final Path dir;
  private final String label;

  /** {@code label} names the files of this run (scenario, statistics, rtt trace) in {@code dir}. */
  SippLoad(Path dir, String label) {
    this.dir = dir;
    this.label = label;
  }

  /**
   * Runs SIPp and waits for it.
   *
   * @param firstNumber the first caller's 5-digit suffix; calls use firstNumber, firstNumber + 1, …
   */
  LoadResult run(String target, String toUser, int rate, int seconds, int firstNumber, int status)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    int calls = rate * seconds;
    Path scenario = dir.resolve(label + ".xml");
    Files.writeString(
        scenario,
        template().replace("@STATUS@", Integer.toString(status)),
        StandardCharsets.ISO_8859_1);
    Path numbers = dir.resolve(label + "-numbers.csv");
    List<String> lines = new ArrayList<>(calls + 1);
    lines.add("SEQUENTIAL");
    for (int i = 0; i < calls; i++) {
      lines.add(NUMBER_PREFIX + String.format("%05d", (firstNumber + i) % 100_000) + ";");
    }
    Files.write(numbers, lines, StandardCharsets.ISO_8859_1);
    long timeout = seconds + 45L;
    List<String> cmd =
        List.of(
            "sipp",
            target,
            "-sf",
            scenario.toString(),
            "-inf",
            numbers.toString(),
            "-i",
            "127.0.0.1",
            "-p",
            Integer.toString(freeUdpPort()),
            "-mi",
            "127.0.0.1",
            "-mp",
            Integer.toString(freeUdpPort()),
            "-nostdin",
            "-key",
            "to_user",
            toUser,
            "-m",
            Integer.toString(calls),
            "-r",
            Integer.toString(rate),
            "-l",
            Integer.toString(calls),
            "-timeout",
            timeout + "s",
            "-timeout_error",
            "-trace_err",
            "-error_file",
            dir.resolve(label + "-errors.log").toString(),
            "-trace_stat",
            "-stf",
            dir.resolve(label + "-stats.csv").toString(),
            "-fd",
            "1",
            "-trace_rtt",
            "-rtt_freq",
            "1",
            "-trace_counts");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(label + "-out.txt").toFile())
            .start();
    if (!p.waitFor(timeout + 15, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    return result();
  }

  private LoadResult result() throws IOException {
    List<String> stats =
        Files.readAllLines(dir.resolve(label + "-stats.csv"), StandardCharsets.ISO_8859_1);
    List<String> header = Arrays.asList(stats.get(0).split(";"));
    String[] last = stats.get(stats.size() - 1).split(";");
    List<double[]> samples = samples();
    long[] rtts = samples.stream().mapToLong(x -> Math.round(x[1])).sorted().toArray();
    double first = samples.isEmpty() ? 0 : samples.get(0)[0];
    return new LoadResult(
        column(header, last, "TotalCallCreated"),
        column(header, last, "SuccessfulCall(C)"),
        column(header, last, "FailedCall(C)"),
        column(header, last, "Retransmissions(C)"),
        percentile(rtts, 0.50),
        percentile(rtts, 0.99),
        rtts.length == 0 ? Double.NaN : rtts[rtts.length - 1],
        Double.parseDouble(last[header.indexOf("CallRate(C)")]),
        samples.stream()
            .filter(x -> x[1] >= SLOW_MS)
            .mapToDouble(x -> x[0] - first)
            .max()
            .orElse(0),
        samples.stream()
            .filter(x -> x[0] - first >= 500)
            .mapToDouble(x -> x[1])
            .max()
            .orElse(Double.NaN));
  }

  private static long column(List<String> header, String[] row, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalStateException("SIPp statistics lack column " + name);
    }
    return Long.parseLong(row[i].trim());
  }

  /**
   * The rtd 1 samples of SIPp's rtt trace ({@code LABEL_PID_rtt.csv}) in the order they came: {when
   * the answer came (ms on SIPp's clock), response time (ms)}.
   */
  private List<double[]> samples() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      Path rtt =
          files
              .filter(
                  f ->
                      f.getFileName().toString().startsWith(label + "_")
                          && f.toString().endsWith("_rtt.csv"))
              .findFirst()
              .orElse(null);
      if (rtt == null) {
        return List.of();
      }
      try (Stream<String> lines = Files.lines(rtt, StandardCharsets.ISO_8859_1)) {
        return lines
            .skip(1)
            .map(l -> l.split(";"))
            .filter(f -> f.length >= 3 && f[2].trim().equals("1"))
            .map(f -> new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])})
            .toList();
      }
    }
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  }

  private static int freeUdpPort() throws IOException {
    try (java.net.DatagramSocket s =
        new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String template() throws IOException {
    try (InputStream in = SippLoad.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IOException(
            "missing SIPp template " + TEMPLATE + " (test-support on the class path?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
