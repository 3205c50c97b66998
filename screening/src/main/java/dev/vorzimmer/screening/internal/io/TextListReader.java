package dev.vorzimmer.screening.internal.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads block/allow lists in text or CSV form: one number or prefix per line, {@code #} comments,
 * blank lines, an optional reason after the first {@code ,}, {@code ;} or tab. Bad lines are
 * reported with file name and line number and skipped.
 */
public final class TextListReader {
  /** At most this many problems are listed; the rest are counted. */
  public static final int MAX_PROBLEMS = 100;

  private final String fileName;
  private final Function<String, Optional<String>> normaliser;
  private final List<String> problems = new ArrayList<>();
  private int skipped;

  /**
   * @param fileName used in problem messages
   * @param normaliser turns national forms into E.164 (empty if it cannot)
   */
  public TextListReader(String fileName, Function<String, Optional<String>> normaliser) {
    this.fileName = fileName;
    this.normaliser = normaliser;
  }

  /** Feeds every good line to {@code sink}. */
  public void read(BufferedReader in, Consumer<ListLine> sink) throws IOException {
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      String text = line.strip();
      if (lineNo == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1).strip();
      }
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      ListLine parsed = parse(text, lineNo);
      if (parsed != null) {
        sink.accept(parsed);
      }
    }
  }

  /** Lines that were skipped as bad. */
  public int skipped() {
    return skipped;
  }

  /** Problem descriptions, capped at {@link #MAX_PROBLEMS} plus a summary line. */
  public List<String> problems() {
    List<String> out = new ArrayList<>(problems);
    if (skipped > problems.size()) {
      out.add(fileName + ": … and " + (skipped - problems.size()) + " more bad lines");
    }
    return out;
  }

  private ListLine parse(String text, int lineNo) {
    int sep = firstSeparator(text);
    String rawPattern = (sep < 0 ? text : text.substring(0, sep)).strip();
    String reason = sep < 0 ? "" : unquote(text.substring(sep + 1).strip());
    boolean prefix = rawPattern.endsWith("*");
    String base = prefix ? rawPattern.substring(0, rawPattern.length() - 1) : rawPattern;
    Optional<String> number = Numbers.normalise(unquote(base), normaliser);
    if (number.isEmpty() || (prefix && number.get().length() > 15)) {
      problem(lineNo, rawPattern);
      return null;
    }
    return new ListLine(prefix ? number.get() + "*" : number.get(), reason);
  }

  private void problem(int lineNo, String rawPattern) {
    skipped++;
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(
          String.format(
              "%s:%d: '%s' is not a phone number — expected +49…, 0049… or a prefix ending in *",
              fileName, lineNo, rawPattern));
    }
  }

  private static int firstSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '\t') {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }
}
