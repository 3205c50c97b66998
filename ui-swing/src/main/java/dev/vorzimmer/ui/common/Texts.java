package dev.vorzimmer.ui.common;

import dev.vorzimmer.screening.ReasonTexts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's strings (English and German resource bundles), formatted with {@link MessageFormat};
 * screening reasons through {@link #reasons()}.
 */
public final class Texts {
  static final String BUNDLE = "dev.vorzimmer.ui.messages";
  private final ResourceBundle bundle;
  private final Locale locale;
  private final ReasonTexts reasons;

  public Texts(Locale locale) {
    this.locale = locale;
    this.reasons = ReasonTexts.of(locale);
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
  }

  /** Screening reasons and caller details in the window's language. */
  public ReasonTexts reasons() {
    return reasons;
  }

  /** The text for {@code key} with {@code args} filled in; a missing key shows as {@code !key!}. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
