package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording that runs out of space part way: the error is reported, what reached the disk is
 * saved as a valid WAV, and other files are untouched. "Out of space" is a file size limit ({@code
 * ulimit -f 40}: 40 KiB, about 2.5 s) on a child JVM: writes beyond it fail with EFBIG, as on a
 * full disk.
 */
@EnabledOnOs(OS.LINUX)
class DiskFullIT {

  @TempDir Path dir;

  @Test
  void writeFailurePartWayKeepsTheAudioThatReachedTheDisk() throws Exception {
    Path older = Files.write(dir.resolve("older.wav"), new byte[100_000]);
    Path target = dir.resolve("new.wav");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        "ulimit -f 40 && exec \"$0\" -Xmx64m -Xshare:off -cp \"$1\" "
            + DiskFullRecorderMain.class.getName()
            + " \"$2\"";
    Process child =
        new ProcessBuilder(
                "bash",
                "-c",
                command,
                java,
                System.getProperty("java.class.path"),
                target.toString())
            .redirectErrorStream(true)
            .start();
    String output;
    try {
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
      output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      child.destroyForcibly();
    }
    List<String> lines = output.lines().toList();

    assertThat(lines)
        .as(output)
        .contains("file: " + target)
        .anyMatch(l -> l.startsWith("failed: ") && !l.endsWith("null"));
    short[] saved = WavFiles.read(target);
    assertThat(saved.length).isBetween(8000, 40 * 1024 / 2);
    assertThat(saved).containsExactly(Arrays.copyOf(WavFiles.signal(8000 * 5, 21), saved.length));
    assertThat(CrashSafeWavWriter.partFileOf(target)).doesNotExist();
    assertThat(Files.size(older)).isEqualTo(100_000);
  }
}
