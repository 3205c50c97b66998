package dev.vorzimmer.app.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlParseError;

/**
 * Turns a TOML syntax error into a {@link ConfigException}. The parser's own message quotes
 * fragments of the offending line ({@code Unexpected 'q9'…}); when that line mentions a secret
 * ({@code password}, {@code token}, …) or the message quotes anything found on a line that does,
 * only the line number is given, never the text.
 */
final class TomlSyntaxError {
  /**
   * A line that mentions a secret anywhere (a broken line may hold a password after another key).
   */
  private static final Pattern SECRET_LINE =
      Pattern.compile(".*(password|passwd|token|secret).*", Pattern.CASE_INSENSITIVE);

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final String FIX =
      "correct the syntax on that line (strings in double quotes, sections as [name])";

  private TomlSyntaxError() {}

  static ConfigException of(Path file, String text, TomlParseError error) {
    int line = error.position().line();
    List<String> lines = text.lines().toList();
    if (touchesSecret(lines, line, error.getMessage())) {
      return new ConfigException(
          file,
          line,
          "is not valid TOML on a line with a password or token (its text is not shown)",
          "check the quoting on that line: a value with a \" in it must be written as '...' or with \\\"");
    }
    return new ConfigException(file, line, "is not valid TOML: " + error.getMessage(), FIX);
  }

  private static boolean touchesSecret(List<String> lines, int line, String message) {
    if (line >= 1 && line <= lines.size() && SECRET_LINE.matcher(lines.get(line - 1)).matches()) {
      return true;
    }
    String msg = message == null ? "" : message;
    for (String l : lines) {
      Matcher secret = SECRET_LINE.matcher(l);
      if (!secret.matches()) {
        continue;
      }
      String value = l.toLowerCase(Locale.ROOT);
      Matcher quoted = QUOTED.matcher(msg);
      while (quoted.find()) {
        String fragment = quoted.group(1).toLowerCase(Locale.ROOT).strip();
        if (fragment.length() >= 2 && value.contains(fragment)) {
          return true;
        }
      }
    }
    return false;
  }
}
