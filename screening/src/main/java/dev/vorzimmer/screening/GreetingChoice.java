package dev.vorzimmer.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * Which recorded greeting the answering machine plays.
 *
 * @param kind default, anonymous-caller or foreign-language greeting
 * @param language ISO 639-1 code ({@code "en"}, {@code "fr"}), present exactly when {@code kind} is
 *     {@link Kind#LANGUAGE}
 */
public record GreetingChoice(Kind kind, Optional<String> language) {

  /** The greeting kinds. */
  public enum Kind {
    DEFAULT,
    ANONYMOUS,
    LANGUAGE
  }

  /** The user's normal greeting. */
  public static final GreetingChoice DEFAULT = new GreetingChoice(Kind.DEFAULT, Optional.empty());

  /** The greeting for callers without a number ("please leave your number"). */
  public static final GreetingChoice ANONYMOUS =
      new GreetingChoice(Kind.ANONYMOUS, Optional.empty());

  public GreetingChoice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    if ((kind == Kind.LANGUAGE) != language.isPresent()) {
      throw new IllegalArgumentException("a language is required exactly for LANGUAGE greetings");
    }
  }

  /** The greeting recorded in {@code language} (ISO 639-1, e.g. {@code "en"}). */
  public static GreetingChoice inLanguage(String language) {
    return new GreetingChoice(Kind.LANGUAGE, Optional.of(language));
  }
}
