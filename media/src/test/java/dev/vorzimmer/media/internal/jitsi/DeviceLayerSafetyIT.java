package dev.vorzimmer.media.internal.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device layer in a fresh JVM each (libjitsi is JVM-wide), with {@code user.home} pointed at an
 * empty folder: it must neither kill the JVM nor write into the home folder — on this machine as it
 * is, and on one without libpulse (simulated by probing a library name that does not exist).
 */
class DeviceLayerSafetyIT {

  @TempDir Path dir;

  private record Run(int exit, String output) {}

  private Run runChild(String pulseLibrary) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx128m",
                "-Duser.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                DeviceLayerMain.class.getName(),
                dir.resolve("data").toString(),
                pulseLibrary)
            .redirectErrorStream(true)
            .start();
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    boolean exited = child.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      child.destroyForcibly();
    }
    assertThat(exited).as("child JVM finished").isTrue();
    return new Run(child.exitValue(), output.get(10, TimeUnit.SECONDS));
  }

  private List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void onThisMachineTheDeviceLayerStartsAndStaysOutOfHome() throws Exception {
    Run run = runChild(NativeAudioProbe.Libraries.LINUX.pulse());
    assertThat(run.output()).as(run.output()).contains("ok").doesNotContain("symbol lookup error");
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output()).contains("audiosilence:");
    assertThat(filesUnder(dir.resolve("home"))).as("nothing written to $HOME").isEmpty();
    assertThat(filesUnder(dir.resolve("data")))
        .as("libjitsi's files are in the data folder")
        .isNotEmpty();
  }

  @Test
  void withoutLibpulsePortAudioStaysOffAndTheJvmSurvives() throws Exception {
    Run run = runChild("libpulse-not-installed.so.0");
    assertThat(run.output())
        .as(run.output())
        .contains("portaudio-disabled=true", "pulseaudio-disabled=true", "ok");
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output()).contains("problem=DeviceProblem[kind=NO_DEVICE");
    assertThat(filesUnder(dir.resolve("home"))).isEmpty();
  }
}
