package dev.vorzimmer.app.config;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level edits of a TOML file that keep everything not edited byte for byte: a key's line is
 * replaced in place (a multi-line array value with it), a new key goes after the last key of its
 * section, and a missing section is appended. Only plain {@code [table]} headers and {@code key =
 * value} lines are understood, which is what {@code config.toml} uses.
 */
final class TomlLines {
  private static final Pattern HEADER =
      Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9_.\\-]+)\\s*]\\s*(#.*)?$");
  private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_\\-]+)\\s*=(.*)$");

  private TomlLines() {}

  /** Applies {@code keys} (null value: remove) to {@code section} in {@code lines}. */
  static void set(List<String> lines, String section, Map<String, Object> keys) {
    int start = headerIndex(lines, section);
    if (start < 0) {
      appendSection(lines, section, keys);
      return;
    }
    for (Map.Entry<String, Object> e : keys.entrySet()) {
      setKey(lines, start, e.getKey(), e.getValue());
    }
  }

  /**
   * Removes {@code [section]} with all its lines (comments directly above the next section stay).
   */
  static void removeSection(List<String> lines, String section) {
    int start = headerIndex(lines, section);
    if (start < 0) {
      return;
    }
    int end = sectionEnd(lines, start);
    for (int i = end - 1; i >= start; i--) {
      lines.remove(i);
    }
  }

  private static void appendSection(List<String> lines, String section, Map<String, Object> keys) {
    if (keys.values().stream().allMatch(v -> v == null)) {
      return;
    }
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
      lines.add("");
    }
    lines.add("[" + section + "]");
    keys.forEach(
        (k, v) -> {
          if (v != null) {
            lines.add(k + " = " + value(v));
          }
        });
  }

  private static void setKey(List<String> lines, int header, String key, Object value) {
    int end = sectionEnd(lines, header);
    for (int i = header + 1; i < end; i++) {
      Matcher m = KEY.matcher(lines.get(i));
      if (m.matches() && m.group(1).equals(key)) {
        int last = valueEnd(lines, i, m.group(2));
        for (int j = last; j > i; j--) {
          lines.remove(j);
        }
        if (value == null) {
          lines.remove(i);
        } else {
          lines.set(i, key + " = " + value(value));
        }
        return;
      }
    }
    if (value != null) {
      int insertAt = header + 1;
      for (int i = header + 1; i < end; i++) {
        if (!lines.get(i).isBlank() && !lines.get(i).trim().startsWith("#")) {
          insertAt = i + 1;
        }
      }
      lines.add(insertAt, key + " = " + value(value));
    }
  }

  /** The last line of a value starting on line {@code i} (arrays may span lines). */
  private static int valueEnd(List<String> lines, int i, String rest) {
    String v = rest.trim();
    if (!v.startsWith("[")) {
      return i;
    }
    int depth = 0;
    for (int j = i; j < lines.size(); j++) {
      String text = j == i ? v : lines.get(j);
      for (char c : stripStrings(text).toCharArray()) {
        depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      }
      if (depth <= 0) {
        return j;
      }
    }
    return i;
  }

  private static String stripStrings(String text) {
    String noStrings = text.replaceAll("\"(\\\\.|[^\"\\\\])*\"|'[^']*'", "\"\"");
    int hash = noStrings.indexOf('#');
    return hash < 0 ? noStrings : noStrings.substring(0, hash);
  }

  private static int headerIndex(List<String> lines, String section) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = HEADER.matcher(lines.get(i));
      if (m.matches() && m.group(1).equals(section)) {
        return i;
      }
    }
    return -1;
  }

  private static int sectionEnd(List<String> lines, int header) {
    for (int i = header + 1; i < lines.size(); i++) {
      if (HEADER.matcher(lines.get(i)).matches() || lines.get(i).trim().startsWith("[[")) {
        return i;
      }
    }
    return lines.size();
  }

  /** A value in TOML syntax. */
  static String value(Object v) {
    if (v instanceof String s) {
      return quote(s);
    }
    if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder("[");
      for (Object item : list) {
        b.append(b.length() > 1 ? ", " : "").append(quote(String.valueOf(item)));
      }
      return b.append(']').toString();
    }
    throw new IllegalArgumentException(
        "unsupported TOML value type " + v.getClass().getSimpleName());
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
