package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.media.Greeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The greeting for each slot the screener may name: {@code default}, {@code anonymous} or a
 * language code. A WAV the user imported into {@code DATA/greetings/<slot>.wav} wins; otherwise the
 * bundled greeting in the user's first language (default, anonymous), or in the caller's language
 * where one is bundled, else English — a language more callers understand than German.
 */
public final class Greetings {
  private static final Logger log = LoggerFactory.getLogger(Greetings.class);
  private static final List<String> BUNDLED = List.of("de", "en");
  private final Path dir;
  private final String userLanguage;
  private final Map<String, Greeting> cache = new ConcurrentHashMap<>();

  /**
   * @param dir folder of user greetings ({@code default.wav}, {@code anonymous.wav}, {@code fr.wav}
   *     …)
   * @param userLanguages the user's languages, first = the language of the default greeting
   */
  public Greetings(Path dir, List<String> userLanguages) {
    this.dir = dir;
    this.userLanguage = userLanguages.isEmpty() ? "de" : userLanguages.get(0);
  }

  /** The user's first language (the default greeting's). */
  public String userLanguage() {
    return userLanguage;
  }

  /** Where the user's own greeting for {@code slot} lives. */
  public Path userFile(String slot) {
    return dir.resolve(slot + ".wav");
  }

  /** The greeting to play for {@code slot}; never fails (falls back to a bundled one). */
  public Greeting forSlot(String slot) {
    Path own = userFile(slot);
    if (Files.isRegularFile(own)) {
      try {
        return Greeting.fromWav(own);
      } catch (IOException e) {
        log.error("greeting {} cannot be read; playing the bundled one instead", own, e);
      }
    }
    String lang =
        switch (slot) {
          case "default", "anonymous" -> userLanguage;
          default -> slot;
        };
    String bundled = BUNDLED.contains(lang) ? lang : "en";
    return cache.computeIfAbsent(bundled, l -> Greeting.bundled(Locale.forLanguageTag(l)));
  }
}
