package dev.vorzimmer.app.install;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Edits the text of a {@code mimeapps.list} (freedesktop.org MIME applications associations): makes
 * an entry the default handler of a type, or takes it out again, leaving every other line as it
 * was.
 */
final class MimeApps {
  static final String DEFAULTS = "[Default Applications]";
  private static final String ADDED = "[Added Associations]";

  private MimeApps() {}

  /** {@code text} with {@code entry} first for {@code type} in [Default Applications]. */
  static String withDefault(String text, String type, String entry) {
    List<String> lines = new ArrayList<>(lines(text));
    int section = lines.indexOf(DEFAULTS);
    if (section < 0) {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
        lines.add("");
      }
      lines.add(DEFAULTS);
      section = lines.size() - 1;
    }
    int end = sectionEnd(lines, section);
    for (int i = section + 1; i < end; i++) {
      if (keyOf(lines.get(i)).equals(type)) {
        List<String> rest = entries(lines.get(i));
        rest.remove(entry);
        rest.add(0, entry);
        lines.set(i, type + "=" + String.join(";", rest) + ";");
        return String.join("\n", lines) + "\n";
      }
    }
    lines.add(end, type + "=" + entry);
    return String.join("\n", lines) + "\n";
  }

  /**
   * {@code text} without {@code entry} in [Default Applications] and [Added Associations]; a key
   * left with no entry goes, and so does a section left empty.
   */
  static String without(String text, String entry) {
    List<String> out = new ArrayList<>();
    boolean ours = false;
    for (String line : lines(text)) {
      String t = line.strip();
      if (t.startsWith("[")) {
        ours = t.equals(DEFAULTS) || t.equals(ADDED);
        out.add(line);
        continue;
      }
      if (!ours || keyOf(line).isEmpty() || !entries(line).contains(entry)) {
        out.add(line);
        continue;
      }
      List<String> rest = entries(line);
      rest.removeIf(entry::equals);
      if (!rest.isEmpty()) {
        out.add(keyOf(line) + "=" + String.join(";", rest) + ";");
      }
    }
    return dropEmptySections(out);
  }

  /** Whether {@code text} holds nothing but blank lines and section headers. */
  static boolean isEmpty(String text) {
    return lines(text).stream().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("["));
  }

  private static String dropEmptySections(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      boolean header = t.equals(DEFAULTS) || t.equals(ADDED);
      if (header && sectionEnd(lines, i) == i + 1 + blankRun(lines, i + 1)) {
        i += blankRun(lines, i + 1);
        continue;
      }
      out.add(lines.get(i));
    }
    String joined = String.join("\n", out).strip();
    return joined.isEmpty() ? "" : joined + "\n";
  }

  private static int blankRun(List<String> lines, int from) {
    int n = 0;
    while (from + n < lines.size() && lines.get(from + n).isBlank()) {
      n++;
    }
    return n;
  }

  private static int sectionEnd(List<String> lines, int header) {
    int i = header + 1;
    while (i < lines.size() && !lines.get(i).strip().startsWith("[")) {
      i++;
    }
    while (i > header + 1 && lines.get(i - 1).isBlank()) {
      i--;
    }
    return i;
  }

  private static String keyOf(String line) {
    int eq = line.indexOf('=');
    return eq < 0 || line.strip().startsWith("#") ? "" : line.substring(0, eq).strip();
  }

  private static List<String> entries(String line) {
    int eq = line.indexOf('=');
    return Arrays.stream(line.substring(eq + 1).split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1)).subList(0, count(text));
  }

  private static int count(String text) {
    String[] parts = text.split("\n", -1);
    return text.endsWith("\n") ? parts.length - 1 : parts.length;
  }
}
