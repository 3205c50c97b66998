package dev.vorzimmer.ui.settings;

import dev.vorzimmer.ui.common.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The greeting slots the settings list: {@code default} (unknown callers), {@code anonymous}
 * (withheld numbers) and one per caller language — the bundled ones (de, en) plus any language a
 * greeting was imported for —, and the robot challenge's prompt per bundled language ({@code
 * challenge-de}, {@code challenge-en}: the beginning of the prompt; the phone adds the digit). No
 * Swing.
 */
final class GreetingSlots {
  static final List<String> FIXED = List.of("default", "anonymous");
  private static final List<String> BUNDLED_LANGUAGES = List.of("de", "en");
  private static final Pattern LANGUAGE_FILE = Pattern.compile("([a-z]{2,3})\\.wav");

  private GreetingSlots() {}

  /** The slots to show for the greetings folder {@code dir} (it need not exist). */
  static List<String> of(Path dir) throws IOException {
    TreeSet<String> languages = new TreeSet<>(BUNDLED_LANGUAGES);
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files
            .map(p -> LANGUAGE_FILE.matcher(p.getFileName().toString()))
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .forEach(languages::add);
      }
    }
    List<String> slots = new ArrayList<>(FIXED);
    slots.addAll(languages);
    slots.addAll(dev.vorzimmer.app.voicemail.Greetings.CHALLENGE_SLOTS);
    return slots;
  }

  /** What a slot is for, in the user's language. */
  static String label(String slot, Texts t) {
    return switch (slot) {
      case "default", "anonymous" -> t.get("greetings." + slot);
      case "challenge-de", "challenge-en" ->
          t.get(
              "greetings.challenge",
              Locale.forLanguageTag(slot.substring("challenge-".length()))
                  .getDisplayLanguage(t.locale()));
      default ->
          t.get(
              "greetings.language",
              Locale.forLanguageTag(slot).getDisplayLanguage(t.locale()),
              slot);
    };
  }
}
