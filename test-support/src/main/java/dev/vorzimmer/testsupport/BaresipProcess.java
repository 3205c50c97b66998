package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real SIP phone at the other end: baresip (Debian package {@code baresip}, tested with 1.0.0)
 * with a configuration of its own in a private directory (never {@code $HOME}). Its "microphone" is
 * a WAV file (module {@code aufile}), its loudspeaker goes nowhere ({@code aubridge}), and module
 * {@code sndfile} writes what it hears to {@code dump-…-dec.wav} in that directory ({@link
 * #heard()}). Incoming calls are answered at once. PCMA only, like the rest of the lab. Output goes
 * to {@code baresip.log} there.
 */
public final class BaresipProcess implements AutoCloseable {

  /** Printed when a call is up. */
  public static final Pattern ESTABLISHED = Pattern.compile("Call established");

  /** Printed when a call ended (either side hung up). */
  public static final Pattern TERMINATED = Pattern.compile("terminated \\(duration");

  private final Path dir;
  private final ProcessTree tree = new ProcessTree();
  private final ProcessLog log;

  private BaresipProcess(Path dir) {
    this.dir = dir;
    this.log = new ProcessLog(dir.resolve("baresip.log"));
  }

  /**
   * Starts baresip on {@code ip:port} (through {@code prefix}, e.g. {@code ip netns exec NS}) as
   * user {@code user} without registering; it dials {@code target} at once, sends {@code tone} and
   * quits (hanging up) after {@code seconds}.
   */
  public static BaresipProcess call(
      Path dir,
      List<String> prefix,
      String ip,
      int port,
      String user,
      Path tone,
      String target,
      int seconds)
      throws IOException {
    BaresipProcess b = new BaresipProcess(Files.createDirectories(dir));
    b.configure(
        ip, port, tone, "<sip:" + user + "@" + ip + ":" + port + ";transport=udp>;regint=0");
    b.launch(prefix, List.of("-e", "/dial " + target, "-t", Integer.toString(seconds)));
    return b;
  }

  /**
   * Starts baresip on {@code ip:port} registering as {@code user} (digest {@code password}) at
   * {@code registrar} (host:port), answering every call and sending {@code tone}; it quits after
   * {@code seconds}.
   */
  public static BaresipProcess answering(
      Path dir,
      List<String> prefix,
      String ip,
      int port,
      String user,
      String password,
      String registrar,
      Path tone,
      int seconds)
      throws IOException {
    BaresipProcess b = new BaresipProcess(Files.createDirectories(dir));
    b.configure(
        ip,
        port,
        tone,
        "<sip:" + user + "@" + registrar + ";transport=udp>;auth_pass=" + password + ";regint=60");
    b.launch(prefix, List.of("-t", Integer.toString(seconds)));
    return b;
  }

  /** Waits until a line matches; false on timeout or when baresip ended. */
  public boolean awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
    return log.awaitCount(pattern, 1, timeout);
  }

  /** Waits until baresip has quit by itself (its {@code -t} time ran out); false on timeout. */
  public boolean awaitExit(Duration timeout) throws InterruptedException {
    return log.awaitEnd(timeout);
  }

  /** The recording of what baresip heard in its (first) call, once there is one. */
  public Optional<Path> heard() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().matches("dump-.*-dec\\.wav"))
          .sorted()
          .findFirst();
    }
  }

  /** The last lines of baresip's output, for failure messages. */
  public String logTail(int lines) {
    return log.tail(lines);
  }

  /** Stops baresip (SIGTERM, then SIGKILL). Idempotent. */
  @Override
  public void close() {
    tree.stop(Duration.ofSeconds(3));
  }

  private void configure(String ip, int port, Path tone, String account) throws IOException {
    String config =
        String.join(
            "\n",
            "sip_listen " + ip + ":" + port,
            "audio_source aufile," + tone.toAbsolutePath(),
            "audio_player aubridge,nowhere",
            "audio_alert aubridge,nowhere",
            "ausrc_srate 8000",
            "auplay_srate 8000",
            "ausrc_channels 1",
            "auplay_channels 1",
            "module_path /usr/lib/baresip/modules",
            "module g711.so",
            "module aufile.so",
            "module aubridge.so",
            "module sndfile.so",
            "module_app account.so",
            "module_app menu.so",
            "snd_path " + dir.toAbsolutePath(),
            "");
    Files.writeString(dir.resolve("config"), config, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("accounts"),
        account + ";audio_codecs=PCMA;answermode=auto\n",
        StandardCharsets.UTF_8);
  }

  private void launch(List<String> prefix, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of("baresip", "-f", dir.toAbsolutePath().toString()));
    command.addAll(args);
    Process process =
        tree.launch(
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .directory(dir.toFile()));
    log.follow(process.getInputStream(), "baresip-" + process.pid());
  }
}
