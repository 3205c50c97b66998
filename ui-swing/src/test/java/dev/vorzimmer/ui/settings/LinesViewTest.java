package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.ui.common.Texts;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * With several lines the account page says plainly, in English and German, where they are edited.
 */
class LinesViewTest {
  private final Path file = Path.of("/home/erika/.config/vorzimmer/config.toml");

  @Test
  void theNoteNamesTheFileAndTheSections() {
    String en = LinesView.note(new Texts(Locale.ENGLISH), 2, file);
    String de = LinesView.note(new Texts(Locale.GERMAN), 2, file);

    assertThat(en)
        .startsWith("This phone has 2 lines.")
        .contains("edited in " + file + ":")
        .contains("[[account]]")
        .contains("next start");
    assertThat(de)
        .startsWith("Dieses Telefon hat 2 Leitungen.")
        .contains("in " + file + " bearbeitet")
        .contains("[[account]]")
        .contains("nächsten Start");
  }
}
