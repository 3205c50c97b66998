package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.ui.common.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreetingSlotsTest {
  @TempDir Path dir;

  @Test
  void defaultAnonymousAndTheBundledLanguagesEvenWithoutAFolder() throws Exception {
    assertThat(GreetingSlots.of(dir.resolve("missing")))
        .containsExactly("default", "anonymous", "de", "en", "challenge-de", "challenge-en");
  }

  @Test
  void anImportedLanguageGetsItsOwnRow() throws Exception {
    Files.writeString(dir.resolve("fr.wav"), "x");
    Files.writeString(dir.resolve("default.wav"), "x");
    Files.writeString(dir.resolve("notes.txt"), "x");
    Files.writeString(dir.resolve("challenge-de.wav"), "x"); // its slot, not a language
    assertThat(GreetingSlots.of(dir))
        .containsExactly("default", "anonymous", "de", "en", "fr", "challenge-de", "challenge-en");
  }

  @Test
  void labelsSayWhoHearsTheGreeting() {
    Texts en = new Texts(Locale.ENGLISH);
    Texts de = new Texts(Locale.GERMAN);
    assertThat(GreetingSlots.label("anonymous", en)).isEqualTo("Withheld numbers");
    assertThat(GreetingSlots.label("fr", en)).isEqualTo("Callers who speak French (fr)");
    assertThat(GreetingSlots.label("fr", de)).isEqualTo("Anrufer, die Französisch sprechen (fr)");
    assertThat(List.of(GreetingSlots.label("default", de)))
        .containsExactly("Unbekannte Anrufer (Standard)");
    assertThat(GreetingSlots.label("challenge-en", en)).isEqualTo("Press-a-digit prompt (English)");
    assertThat(GreetingSlots.label("challenge-de", de)).isEqualTo("Tasten-Abfrage (Deutsch)");
  }
}
