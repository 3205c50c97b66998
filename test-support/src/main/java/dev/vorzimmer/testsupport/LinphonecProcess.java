package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SIP phone at the other end: Linphone's console client {@code linphonec} (Debian package
 * {@code linphone-cli}, tested with 5.1.65), with its configuration and database in a private
 * directory (its {@code HOME} is that directory, never the user's). Sound goes through files
 * ({@code soundcard use files}): it sends a WAV file and records what it hears to {@link #heard()}.
 * Driven through its command line on stdin. SIP on UDP port 5096 of its address, RTP on 7078.
 * Output goes to {@code linphonec.log} there.
 */
public final class LinphonecProcess implements AutoCloseable {

  /** Printed when a call's media is up. */
  public static final Pattern CONNECTED = Pattern.compile("Media streams established");

  /** Printed when a call ended. */
  public static final Pattern ENDED = Pattern.compile("ended \\(");

  /** Printed when a registration succeeded. */
  public static final Pattern REGISTERED = Pattern.compile("Registration on .* successful");

  /** SIP port of linphonec. */
  public static final int SIP_PORT = 5096;

  private static final Logger LOG = LoggerFactory.getLogger(LinphonecProcess.class);

  private final Path dir;
  private final ProcessTree tree = new ProcessTree();
  private final ProcessLog log;
  private OutputStream commands;

  private LinphonecProcess(Path dir) {
    this.dir = dir;
    this.log = new ProcessLog(dir.resolve("linphonec.log"));
  }

  /**
   * Starts linphonec through {@code prefix} (e.g. {@code ip netns exec NS}) as {@code user},
   * sending {@code tone} and recording to {@link #heard()}; with {@code autoAnswer} it answers
   * every call.
   */
  public static LinphonecProcess start(
      Path dir, List<String> prefix, String ip, String user, Path tone, boolean autoAnswer)
      throws IOException {
    LinphonecProcess l = new LinphonecProcess(Files.createDirectories(dir));
    Files.createDirectories(dir.resolve(".local/share/linphone"));
    Files.writeString(
        dir.resolve("linphonerc"),
        String.join(
            "\n",
            "[sip]",
            "sip_port=" + SIP_PORT,
            "sip_tcp_port=0",
            "sip_tls_port=0",
            "contact=sip:" + user + "@" + ip + ":" + SIP_PORT,
            "guess_hostname=0",
            "supported=replaces, outbound",
            "[rtp]",
            "audio_rtp_port=7078",
            "[sound]",
            "echocancellation=0",
            "[video]",
            "enabled=0",
            "[audio_codec_0]",
            "mime=PCMA",
            "rate=8000",
            "enabled=1",
            ""),
        StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of("linphonec", "-c", dir.resolve("linphonerc").toString()));
    if (autoAnswer) {
      command.add("-a");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
    builder.environment().putAll(Map.of("HOME", dir.toString()));
    Process process = l.tree.launch(builder);
    l.commands = process.getOutputStream();
    l.log.follow(process.getInputStream(), "linphonec-" + process.pid());
    l.send("soundcard use files");
    l.send("play " + tone.toAbsolutePath());
    l.send("record " + l.heard());
    return l;
  }

  /**
   * Sends one command line (e.g. {@code call sip:alice@…}, {@code register IDENTITY PROXY
   * PASSWORD}).
   */
  public void send(String line) throws IOException {
    commands.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    commands.flush();
  }

  /** Waits until a line matches; false on timeout or when linphonec ended. */
  public boolean awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
    return log.awaitCount(pattern, 1, timeout);
  }

  /** The file linphonec records what it hears to. */
  public Path heard() {
    return dir.resolve("heard.wav").toAbsolutePath();
  }

  /** The last lines of linphonec's output, for failure messages. */
  public String logTail(int lines) {
    return log.tail(lines);
  }

  /** Quits linphonec (the {@code quit} command, then SIGTERM/SIGKILL). Idempotent. */
  @Override
  public void close() {
    try {
      send("quit");
      log.awaitEnd(Duration.ofSeconds(3));
    } catch (IOException e) {
      LOG.debug("linphonec had already ended (stdin closed)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stop(Duration.ofSeconds(3));
  }
}
