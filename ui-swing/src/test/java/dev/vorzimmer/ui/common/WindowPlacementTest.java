package dev.vorzimmer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {
  @TempDir Path dir;

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
    Path bad =
        Files.writeString(dir.resolve("bad.properties"), "x=1\ny=oops\nwidth=10\nheight=10\n");
    assertThat(new WindowPlacement(bad).bounds()).isEmpty();
    assertThat(new WindowPlacement(bad).theme()).isEmpty();
  }

  @Test
  void flagsKeepTheirValueAndSurviveSavingTheBounds() throws IOException {
    Path file = dir.resolve("window.properties");
    WindowPlacement placement = new WindowPlacement(file);
    assertThat(placement.flag("closeToTray", true)).isTrue();
    placement.saveFlag("closeToTray", false);
    placement.save(new Rectangle(1, 2, 800, 600), Optional.empty());
    WindowPlacement again = new WindowPlacement(file);
    assertThat(again.flag("closeToTray", true)).as("kept across a bounds save").isFalse();
    assertThat(again.bounds()).contains(new Rectangle(1, 2, 800, 600));
    Files.writeString(file, "ringtone=maybe\n");
    assertThat(new WindowPlacement(file).flag("ringtone", true))
        .as("unreadable value means the default")
        .isTrue();
  }

  @Test
  void theLanguageChoiceSurvivesSavingTheBoundsAndUnknownValuesMeanTheSystems() throws IOException {
    Path file = dir.resolve("window.properties");
    WindowPlacement placement = new WindowPlacement(file);
    assertThat(placement.language()).isEmpty();
    placement.saveLanguage(Optional.of("de"));
    placement.save(new Rectangle(0, 0, 800, 600), Optional.empty());
    assertThat(new WindowPlacement(file).language()).contains("de");
    placement.saveLanguage(Optional.empty());
    assertThat(new WindowPlacement(file).language()).isEmpty();
    Files.writeString(file, "language=klingon\n");
    assertThat(new WindowPlacement(file).language()).isEmpty();
  }
}
