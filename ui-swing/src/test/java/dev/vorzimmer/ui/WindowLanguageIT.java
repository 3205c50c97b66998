package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every dialog and side panel of the window ({@link DialogTour}: Why?, block range, call-back risk,
 * contact, file chooser, record greeting, error, each set-up page) in German shows no English word,
 * and in English no German one. Screenshots: {@code target/screenshots/dialogs-*.png}.
 */
class WindowLanguageIT {
  /** Common German words of the window (umlauts and ß are checked besides). */
  static final Set<String> GERMAN =
      Set.of(
          "der",
          "die",
          "das",
          "und",
          "nicht",
          "nummer",
          "anruf",
          "anrufe",
          "anrufer",
          "kontakt",
          "kontakte",
          "nachricht",
          "speichern",
          "abbrechen",
          "sperren",
          "erlauben",
          "warum",
          "ansage",
          "aufnehmen",
          "zurück",
          "weiter",
          "öffnen",
          "datei",
          "ja",
          "nein",
          "mit",
          "von",
          "bis",
          "einrichten",
          "leitung",
          "testen",
          "fertig",
          "rufnummer",
          "trotzdem");

  @Test
  void noEnglishWordInAnyGermanDialog() throws Exception {
    List<String> seen = tour(Locale.GERMAN);
    assertThat(words(seen, GermanWindowIT.ENGLISH, false))
        .as("English words in the German dialogs")
        .isEmpty();
    assertThat(String.join("\n", seen)).contains("Warum").contains("100 Nummern");
  }

  @Test
  void noGermanWordInAnyEnglishDialog() throws Exception {
    List<String> seen = tour(Locale.ENGLISH);
    assertThat(words(seen, GERMAN, true)).as("German words in the English dialogs").isEmpty();
    assertThat(String.join("\n", seen)).contains("100 numbers");
  }

  private static List<String> tour(Locale language) throws Exception {
    List<String> seen = new ArrayList<>();
    try (LocalPhoneWindow w =
        LocalPhoneWindow.assemble("vz-language-it", "\n[screening]\nregion = \"DE\"\n")) {
      DialogTour.seed(w.phone.screening().store());
      w.open(language);
      DialogTour.walk(
          w,
          (window, view) -> {
            if (window instanceof java.awt.Dialog d) {
              seen.add(view + ": " + d.getTitle());
            }
            seen.addAll(VisibleTexts.of(window, view));
            SwingRobot.screenshot(window, "dialogs-" + language + "-" + view);
          });
    }
    return seen;
  }

  /** The texts holding a word of {@code words} (or, if {@code umlauts}, an ä, ö, ü or ß). */
  static List<String> words(List<String> texts, Set<String> words, boolean umlauts) {
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      String shown = text.substring(text.indexOf(": ") + 2).replace("T-Mobile", "");
      for (String word : shown.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (words.contains(word) || (umlauts && word.matches(".*[äöüß].*"))) {
          found.add(word + " in «" + text + "»");
        }
      }
    }
    return found;
  }
}
