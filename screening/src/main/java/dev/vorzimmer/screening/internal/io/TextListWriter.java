package dev.vorzimmer.screening.internal.io;

import java.io.IOException;
import java.io.Writer;

/** Writes lines that {@link TextListReader} reads back unchanged: {@code pattern[,reason]}. */
public final class TextListWriter {
  private final Writer out;

  public TextListWriter(Writer out) {
    this.out = out;
  }

  public void comment(String text) throws IOException {
    out.write("# " + oneLine(text) + "\n");
  }

  public void entry(String pattern, String reason) throws IOException {
    out.write(pattern);
    String r = oneLine(reason).strip();
    if (!r.isEmpty()) {
      out.write(',');
      out.write(r.startsWith("\"") && r.endsWith("\"") ? "\"" + r.replace("\"", "\"\"") + "\"" : r);
    }
    out.write('\n');
  }

  private static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ');
  }
}
