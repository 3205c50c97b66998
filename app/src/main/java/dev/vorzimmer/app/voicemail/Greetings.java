package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.app.ChallengeTiming;
import dev.vorzimmer.media.ChallengePrompt;
import dev.vorzimmer.media.Greeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 *
 * <p>The robot challenge's prompt has a slot per bundled language, {@code challenge-de} and {@code
 * challenge-en}: the user's recording is the prompt's beginning ("To reach me, press"), the phone
 * adds the bundled name of the random digit; without one the bundled prompt plays.
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

  /** The slots of the challenge prompt, one per bundled language. */
  public static final List<String> CHALLENGE_SLOTS = List.of("challenge-de", "challenge-en");

  /** A sample digit for playing a challenge prompt in Settings. */
  private static final char SAMPLE_DIGIT = '5';

  /**
   * The challenge prompt once for {@code language} (a language code, or anything else for the
   * user's language): the user's beginning from {@code challenge-<de|en>.wav} if there is one, then
   * the bundled name of {@code digit}; never fails (an unreadable file: the bundled prompt).
   */
  public Greeting challengePrompt(String language, char digit) {
    String lang = language.matches("[a-z]{2,3}") ? language : userLanguage;
    Locale locale = Locale.forLanguageTag("de".equals(lang) ? "de" : "en");
    Path own = userFile("challenge-" + locale.getLanguage());
    if (Files.isRegularFile(own)) {
      try {
        return ChallengePrompt.of(Greeting.fromWav(own), locale, digit);
      } catch (IOException e) {
        log.error("challenge prompt {} cannot be read; playing the bundled one instead", own, e);
      }
    }
    return ChallengePrompt.of(locale, digit);
  }

  /**
   * From the start of the challenge until it fails, for the prompts that would play now (the
   * user's, if longer than the bundled ones).
   */
  public Duration challengeTimeout(char digit) {
    long longest = 0;
    for (String lang : List.of("de", "en")) {
      longest = Math.max(longest, challengePrompt(lang, digit).duration().toMillis());
    }
    return ChallengeTiming.timeout(Duration.ofMillis(longest));
  }

  /** The greeting to play for {@code slot}; never fails (falls back to a bundled one). */
  public Greeting forSlot(String slot) {
    if (CHALLENGE_SLOTS.contains(slot)) {
      return challengePrompt(slot.substring("challenge-".length()), SAMPLE_DIGIT);
    }
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
