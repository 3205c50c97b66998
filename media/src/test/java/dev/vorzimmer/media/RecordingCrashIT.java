package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a recording JVM with SIGKILL and checks that recovery keeps all but the last second. */
class RecordingCrashIT {

  @TempDir Path dir;

  @Test
  void killDashNineLosesAtMostOneSecond() throws Exception {
    Path target = dir.resolve("crash.wav");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashRecorderMain.class.getName(),
                target.toString())
            .redirectErrorStream(true)
            .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> pump(child, lines), "crash-child-output");
    reader.setDaemon(true);
    reader.start();
    long written = 0;
    try {
      while (written < 8000 * 5 / 2) {
        String line = lines.poll(20, TimeUnit.SECONDS);
        assertThat(line).as("child output").isNotNull().startsWith("written ");
        written = Long.parseLong(line.substring("written ".length()));
      }
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(target).doesNotExist();

    List<RecordingRecovery.Recovered> recovered = RecordingRecovery.recover(dir);

    assertThat(recovered).singleElement().satisfies(r -> assertThat(r.file()).isEqualTo(target));
    short[] samples = WavFiles.read(target);
    assertThat((long) samples.length).isGreaterThanOrEqualTo(written - 8000);
    short[] expected = WavFiles.signal(8000 * 60, 11);
    assertThat(samples).containsExactly(Arrays.copyOf(expected, samples.length));
  }

  private static void pump(Process child, BlockingQueue<String> lines) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      lines.add("child output failed: " + e);
    }
  }
}
