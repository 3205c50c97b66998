package dev.vorzimmer.app.carddav;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small reader for the three vCard properties a phone needs: {@code FN}, {@code TEL} and {@code
 * PHOTO} (inline base64, vCard 3 {@code ENCODING=b} or vCard 4 {@code data:} URI). Lines are
 * unfolded first; everything else is ignored.
 */
final class VCardText {
  /**
   * One parsed card.
   *
   * @param name the formatted name, or empty
   * @param numbers the raw TEL values as written
   * @param photo the decoded photo if inline and at most the cap given to {@link #parse}
   * @param photoTooBig true if an inline photo was dropped for exceeding the cap
   */
  record Card(String name, List<String> numbers, Optional<byte[]> photo, boolean photoTooBig) {}

  private VCardText() {}

  /** Parses one card; photos larger than {@code photoCap} bytes are dropped. */
  static Card parse(String text, int photoCap) {
    String name = "";
    List<String> numbers = new ArrayList<>();
    Optional<byte[]> photo = Optional.empty();
    boolean tooBig = false;
    for (String line : unfold(text)) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String head = line.substring(0, colon).toUpperCase(Locale.ROOT);
      String prop = head.split(";", 2)[0];
      int dot = prop.indexOf('.');
      prop = dot >= 0 ? prop.substring(dot + 1) : prop;
      String value = line.substring(colon + 1);
      switch (prop) {
        case "FN" -> name = unescape(value).strip();
        case "TEL" -> numbers.add(telValue(value));
        case "PHOTO" -> {
          if (photo.isEmpty() && !tooBig) {
            Optional<byte[]> p = photo(head, value);
            tooBig = p.isPresent() && p.get().length > photoCap;
            photo = tooBig ? Optional.empty() : p;
          }
        }
        default -> {}
      }
    }
    return new Card(name, numbers, photo, tooBig);
  }

  private static List<String> unfold(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split("\r?\n")) {
      if (!raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t') && !out.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + raw.substring(1));
      } else {
        out.add(raw);
      }
    }
    return out;
  }

  private static String telValue(String value) {
    String v = value.strip();
    return v.regionMatches(true, 0, "tel:", 0, 4) ? v.substring(4).split(";", 2)[0] : v;
  }

  private static Optional<byte[]> photo(String head, String value) {
    String base64;
    if (value.startsWith("data:")) {
      int comma = value.indexOf(',');
      if (comma < 0 || !value.substring(0, comma).endsWith(";base64")) {
        return Optional.empty();
      }
      base64 = value.substring(comma + 1);
    } else if (head.contains("ENCODING=B") || head.contains("ENCODING=BASE64")) {
      base64 = value;
    } else {
      return Optional.empty(); // a URL to somewhere else: never fetched
    }
    try {
      return Optional.of(Base64.getMimeDecoder().decode(base64.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // broken base64: the card keeps its name and numbers
    }
  }

  private static String unescape(String v) {
    return v.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").replace("\\\\", "\\");
  }
}
