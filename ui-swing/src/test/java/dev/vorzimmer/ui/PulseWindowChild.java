package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.testsupport.PulseAudioProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link PulseWindowMain} in a JVM of its own on a test's private PulseAudio ({@code PULSE_SERVER}
 * and the private {@code HOME}/{@code XDG_*} folders of {@link
 * PulseAudioProcess#clientEnvironment}, {@code user.home} in the test's folder): steps are sent,
 * answers awaited with a timeout.
 */
final class PulseWindowChild implements AutoCloseable {
  private final Process process;
  private final PrintWriter steps;
  private final List<String> lines = new ArrayList<>();
  private int answered;

  private PulseWindowChild(Process process) {
    this.process = process;
    this.steps =
        new PrintWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
    Thread reader = new Thread(this::read, "pulse-window-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts the window of {@code home} with {@code contact} among its contacts; it halts by itself
   * after two minutes.
   */
  static PulseWindowChild start(Path work, AppHome home, PulseAudioProcess pulse, String contact)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Duser.home=" + Files.createDirectories(work.resolve("java-home")),
                "-cp",
                System.getProperty("java.class.path"),
                PulseWindowMain.class.getName(),
                home.dataDir().toString(),
                contact,
                "120")
            .redirectErrorStream(true);
    builder.environment().putAll(pulse.clientEnvironment());
    return new PulseWindowChild(builder.start());
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      synchronized (lines) {
        lines.add("(output closed: " + e + ")");
        lines.notifyAll();
      }
    }
  }

  /** Sends one step (see {@link PulseWindowMain}). */
  void send(String step) {
    steps.println(step);
  }

  /**
   * The window's next answer (the {@code VZ-WINDOW} line after the last one taken, without the
   * prefix), which must start with {@code expected}; fails with the window's output.
   */
  String awaitAnswer(String expected, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (true) {
        List<String> answers =
            lines.stream().filter(l -> l.startsWith(PulseWindowMain.PREFIX)).toList();
        if (answers.size() > answered) {
          String answer = answers.get(answered++).substring(PulseWindowMain.PREFIX.length());
          assertThat(answer).as(this::transcript).startsWith(expected);
          return answer;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || !process.isAlive()) {
          throw new AssertionError(
              "no answer '" + expected + "' from the window:\n" + transcript());
        }
        TimeUnit.NANOSECONDS.timedWait(lines, left);
      }
    }
  }

  /** Asks the window to quit; it must exit 0 within {@code timeout}. */
  void quit(Duration timeout) throws InterruptedException {
    send("quit");
    assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
        .as(this::transcript)
        .isTrue();
    assertThat(process.exitValue()).as(this::transcript).isZero();
  }

  /** The window's last 60 lines of output. */
  String transcript() {
    synchronized (lines) {
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
