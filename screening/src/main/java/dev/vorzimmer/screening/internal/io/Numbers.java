package dev.vorzimmer.screening.internal.io;

import java.util.Optional;
import java.util.function.Function;

/**
 * Lenient clean-up of already-international numbers; the real national normaliser is supplied by
 * the app.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * The default normaliser: accepts {@code +49 30 123-456} or {@code 0049 30 123456} forms (spaces,
   * dashes, dots and slashes are ignored) and rejects everything else, e.g. national numbers.
   */
  public static Optional<String> international(String raw) {
    StringBuilder digits = new StringBuilder(raw.length());
    String s = raw.strip();
    int start;
    if (s.startsWith("+")) {
      start = 1;
    } else if (s.startsWith("00")) {
      start = 2;
    } else {
      return Optional.empty();
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != ' ' && c != '-' && c != '.' && c != '/') {
        return Optional.empty();
      }
    }
    if (digits.length() == 0 || digits.length() > 15 || digits.charAt(0) == '0') {
      return Optional.empty();
    }
    return Optional.of("+" + digits);
  }

  /** The default normaliser as a function. */
  public static Function<String, Optional<String>> defaultNormaliser() {
    return Numbers::international;
  }

  /**
   * Normalises {@code raw} with the international form first, then with {@code normaliser}; the
   * result must be {@code +} and 1–15 digits.
   */
  public static Optional<String> normalise(
      String raw, Function<String, Optional<String>> normaliser) {
    Optional<String> direct = international(raw);
    if (direct.isPresent()) {
      return direct;
    }
    return normaliser.apply(raw.strip()).filter(Numbers::isE164);
  }

  /** True for {@code +} followed by 1–15 digits, the first not 0. */
  public static boolean isE164(String s) {
    if (s.length() < 2 || s.length() > 16 || s.charAt(0) != '+' || s.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
