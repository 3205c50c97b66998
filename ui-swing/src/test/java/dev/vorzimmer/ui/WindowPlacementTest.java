package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {
  @TempDir
  Path dir;

  @Test
  void boundsAndThemeSurviveARestart() {
    Path file = dir.resolve("window.properties");
    new WindowPlacement(file).save(new Rectangle(40, 50, 900, 620), Optional.of("dark"));
    WindowPlacement again = new WindowPlacement(file);
    assertThat(again.bounds()).contains(new Rectangle(40, 50, 900, 620));
    assertThat(again.theme()).contains("dark");
  }

  @Test
  void aMissingOrDamagedFileMeansDefaults() throws IOException {
    assertThat(new WindowPlacement(dir.resolve("none.properties")).bounds()).isEmpty();
    Path bad = Files.writeString(dir.resolve("bad.properties"), "x=1\ny=oops\nwidth=10\nheight=10\n");
    assertThat(new WindowPlacement(bad).bounds()).isEmpty();
    assertThat(new WindowPlacement(bad).theme()).isEmpty();
  }
}
