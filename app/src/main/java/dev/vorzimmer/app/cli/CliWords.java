package dev.vorzimmer.app.cli;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed words of the command line (labels, list output, confirmations) in English or German,
 * from {@code words.properties} / {@code words_de.properties}; the reasons themselves are worded by
 * {@code ReasonTexts}. Formats use {@link String#format} placeholders.
 */
final class CliWords {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private final ResourceBundle bundle;
  private final Locale locale;

  private CliWords(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The words for {@code locale}'s language; English for a language there are none for. */
  static CliWords of(Locale locale) {
    return new CliWords(
        ResourceBundle.getBundle("dev.vorzimmer.app.cli.words", locale, NO_FALLBACK), locale);
  }

  Locale locale() {
    return locale;
  }

  /** The text of {@code key} with {@code args} filled in. */
  String get(String key, Object... args) {
    return String.format(locale, bundle.getString(key), args);
  }

  /**
   * The word for a stored code ({@code verdict.RING}, {@code outcome.missed}, {@code
   * source.robot-range}): {@code prefix + code} if there is one, else the code as stored.
   */
  String code(String prefix, String code) {
    try {
      return bundle.getString(prefix + code);
    } catch (MissingResourceException e) {
      return code; // a code from a newer version or another branch: shown as stored
    }
  }
}
