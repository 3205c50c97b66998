package dev.vorzimmer.app.sound;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.PulseAudioProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link PulsePhoneMain} as a child JVM on the test's PulseAudio, with its output collected. */
final class PhoneChild implements AutoCloseable {
  private final Process process;
  private final PrintWriter stdin;
  private final List<String> lines = new ArrayList<>();

  private PhoneChild(Process process) {
    this.process = process;
    this.stdin =
        new PrintWriter(
            new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
            true);
    Thread reader = new Thread(this::read, "pulse-phone-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** The {@code [account]} and {@code [sip]} sections for {@code user} at {@code kamailio}. */
  static String account(String user, String password, KamailioProcess kamailio) throws IOException {
    return """
        [account]
        user = "%s"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "%s"
        [sip]
        listen = "127.0.0.1:%d"
        """
        .formatted(user, kamailio.domain(), kamailio.sipPort(), password, FreePorts.udpAndTcp());
  }

  /** Starts the phone in {@code work/phone} with {@code config}; it calls {@code target}. */
  static PhoneChild start(
      Path work, KamailioProcess kamailio, PulseAudioProcess pulse, String target, String config)
      throws IOException {
    Path home = Files.createDirectories(work.resolve("phone"));
    Path configFile = home.resolve("config.toml");
    Files.writeString(configFile, config);
    Files.setPosixFilePermissions(configFile, PosixFilePermissions.fromString("rw-------"));
    Path userHome = Files.createDirectories(work.resolve("java-home"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-Duser.home=" + userHome,
                "-cp",
                System.getProperty("java.class.path"),
                PulsePhoneMain.class.getName(),
                home.toString(),
                target,
                PulseAudioProcess.MICROPHONE,
                PulseAudioProcess.SPEAKER,
                "120")
            .redirectErrorStream(true);
    builder.environment().putAll(pulse.clientEnvironment());
    return new PhoneChild(builder.start());
  }

  private void read() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      synchronized (lines) {
        lines.add("(output lost: " + e + ")");
      }
    } finally {
      synchronized (lines) {
        lines.notifyAll();
      }
    }
  }

  /** Waits for the line {@code VZ-PULSE what} (containing {@code what}); fails with the output. */
  String awaitLine(String what, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      int seen = 0;
      while (true) {
        for (; seen < lines.size(); seen++) {
          String line = lines.get(seen);
          if (line.startsWith(PulsePhoneMain.PREFIX) && line.contains(what)) {
            return line;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && seen == lines.size())) {
          throw new AssertionError("no line '" + what + "' from the phone:\n" + transcript());
        }
        TimeUnit.NANOSECONDS.timedWait(lines, left);
      }
    }
  }

  /** Sends a command line to the phone. */
  void send(String line) {
    stdin.println(line);
  }

  /** The exit code once it ended; fails if it did not within {@code timeout}. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the phone did not exit:\n" + transcript());
    }
    return process.exitValue();
  }

  /** Everything the phone printed so far. */
  String transcript() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
