package dev.vorzimmer.ui.common;

import java.util.Locale;

/** The letters of an initials avatar. */
public final class Initials {
  private Initials() {}

  /**
   * Up to two letters: first letters of the first and last word of a name ("Erika Mustermann" →
   * "EM", "Nachbar" → "N"); "#" for a number or nothing usable.
   */
  public static String of(String name) {
    if (name == null) {
      return "#";
    }
    String[] words = name.strip().split("[\\s\\-_.,]+");
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        sb.appendCodePoint(w.codePointAt(0));
      }
    }
    if (sb.length() == 0) {
      return "#";
    }
    String all = sb.toString();
    int first = all.codePointAt(0);
    int last = all.codePointBefore(all.length());
    String out =
        all.codePointCount(0, all.length()) == 1
            ? new String(Character.toChars(first))
            : new String(Character.toChars(first)) + new String(Character.toChars(last));
    return out.toUpperCase(Locale.ROOT);
  }
}
