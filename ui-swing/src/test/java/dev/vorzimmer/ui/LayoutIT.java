package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The window can be read and reached at 960×600 and 1366×850, in English and German, light and
 * dark, at 1× and 2× scale: no clipped label or button, no overlapping siblings, no horizontal
 * scroll bar, no cut table cell without a tooltip (screenshots in target/screenshots/layout).
 */
class LayoutIT {
  @Test
  void everyTabAndDialogFitsAtNormalScale() throws Exception {
    List<String> problems = new LayoutWalk("1x").run();
    assertThat(problems).as("layout problems at 1x").isEmpty();
  }

  /** The scale is fixed when Java2D starts, so 2× runs in a child JVM on the same class path. */
  @Test
  void everyTabAndDialogFitsAtDoubleScale() throws Exception {
    SwingRobot.requireDisplay();
    Path out = Files.createDirectories(Path.of("target")).resolve("layout-2x.txt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.java2d.uiScale=2",
                "-cp",
                System.getProperty("java.class.path"),
                LayoutWalk.class.getName(),
                "2x")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    boolean ended = child.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      child.destroyForcibly();
    }
    String output = Files.readString(out);
    assertThat(ended).as("2x walk ended; output:\n" + output).isTrue();
    assertThat(child.exitValue()).as("layout problems at 2x:\n" + output).isZero();
  }
}
