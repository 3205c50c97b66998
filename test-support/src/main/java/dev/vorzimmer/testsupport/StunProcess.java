package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lab's {@link StunResponder} running in the provider namespace on {@link
 * NetLab#PROVIDER_ADDRESS}: {@link #PORT}, started with this JVM's java and class path. Output goes
 * to {@code stun.log}.
 */
public final class StunProcess implements AutoCloseable {

  /** UDP port of the STUN server. */
  public static final int PORT = 3478;

  /** Printed for every Binding request answered. */
  public static final Pattern BINDING = Pattern.compile("STUN-BINDING ");

  private static final Pattern READY = Pattern.compile("STUN-READY");

  private final ProcessTree tree = new ProcessTree();
  private final ProcessLog log;

  private StunProcess(Path workDir) {
    this.log = new ProcessLog(workDir.resolve("stun.log"));
  }

  /** Starts the STUN server in the lab's provider namespace and waits until it listens. */
  public static StunProcess start(NetLab lab, Path workDir)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(lab.in(NetLab.Ns.PROVIDER));
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx32m",
            "-cp",
            System.getProperty("java.class.path"),
            StunResponder.class.getName(),
            NetLab.PROVIDER_ADDRESS,
            Integer.toString(PORT)));
    StunProcess stun = new StunProcess(workDir);
    Process process = stun.tree.launch(new ProcessBuilder(command).redirectErrorStream(true));
    stun.log.follow(process.getInputStream(), "stun-" + process.pid());
    if (!stun.log.awaitCount(READY, 1, Duration.ofSeconds(20))) {
      stun.close();
      throw new IllegalStateException("the lab's STUN server did not start:\n" + stun.log.tail(20));
    }
    return stun;
  }

  /** How many Binding requests were answered so far. */
  public int bindings() {
    return log.count(BINDING);
  }

  @Override
  public void close() {
    tree.stop(Duration.ofSeconds(3));
  }
}
