package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Debian's rtpengine media relay in userspace mode ({@code --table=-1}: no kernel module), in the
 * provider namespace of a {@link NetLab}, as a provider's SBC relays media. Kamailio's rtpengine
 * module drives it over the NG protocol on 127.0.0.1:{@link #NG_PORT} of that namespace; it relays
 * RTP on ports 30000-30999 of the provider's address. Output goes to {@code rtpengine.log} in the
 * work directory.
 */
public final class RtpengineProcess implements AutoCloseable {

  /** NG control port on 127.0.0.1 inside the provider namespace. */
  public static final int NG_PORT = 2223;

  private static final Pattern READY = Pattern.compile("Startup complete");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final ProcessTree tree = new ProcessTree();
  private final ProcessLog log;

  private RtpengineProcess(Path workDir) {
    this.log = new ProcessLog(workDir.resolve("rtpengine.log"));
  }

  /** Starts rtpengine in the lab's provider namespace and waits until it is ready. */
  public static RtpengineProcess start(NetLab lab, Path workDir)
      throws IOException, InterruptedException {
    ProcessLog.requireWritable(workDir);
    List<String> command = new ArrayList<>(lab.in(NetLab.Ns.PROVIDER));
    command.addAll(
        List.of(
            "rtpengine",
            "--table=-1",
            "--foreground",
            "--log-stderr",
            "--log-level=6",
            "--interface=" + NetLab.PROVIDER_ADDRESS,
            "--listen-ng=127.0.0.1:" + NG_PORT,
            "--port-min=30000",
            "--port-max=30999",
            "--pidfile=" + workDir.resolve("rtpengine.pid")));
    RtpengineProcess relay = new RtpengineProcess(workDir);
    Process process =
        relay.tree.launch(
            new ProcessBuilder(command).redirectErrorStream(true).directory(workDir.toFile()));
    relay.log.follow(process.getInputStream(), "rtpengine-log");
    if (!relay.log.awaitCount(READY, 1, START_TIMEOUT)) {
      relay.close();
      throw new IllegalStateException(
          "rtpengine (Debian rtpengine-daemon) did not start within "
              + START_TIMEOUT.toSeconds()
              + " s; "
              + relay.log.file()
              + " ends with:\n"
              + relay.log.tail(30));
    }
    return relay;
  }

  /** How many log lines match (e.g. offers and answers handled). */
  public int countLogLines(Pattern pattern) {
    return log.count(pattern);
  }

  /** The last lines of rtpengine's output, for failure messages. */
  public String logTail(int lines) {
    return log.tail(lines);
  }

  /** Stops rtpengine (SIGTERM, then SIGKILL). Idempotent. */
  @Override
  public void close() {
    tree.stop(Duration.ofSeconds(5));
  }
}
