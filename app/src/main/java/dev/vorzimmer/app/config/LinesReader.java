package dev.vorzimmer.app.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Reads the lines: one {@code [account]} section, or several {@code [[account]]} entries. Each
 * entry has the keys of {@code [account]} plus {@code name}, {@code screening}, {@code ring_hours},
 * {@code default} and {@code listen_port} (default: the {@code [sip]} port plus 2 for each entry
 * before it).
 */
final class LinesReader {
  private final Section root;
  private final TomlParseResult toml;
  private final List<String> warnings;

  LinesReader(Section root, TomlParseResult toml, List<String> warnings) {
    this.root = root;
    this.toml = toml;
    this.warnings = warnings;
  }

  /** The lines, empty without an account (local-line mode). */
  List<LineSettings> read(int sipPort) throws ConfigException {
    if (!root.has("account")) {
      return List.of();
    }
    Object value = toml.get("account");
    List<Section> sections = new ArrayList<>();
    if (value instanceof TomlArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof TomlTable t)) {
          throw root.error("account", "must be a list of tables", "write each line as [[account]]");
        }
        sections.add(new Section(root.file(), "[account]", t));
      }
    } else {
      sections.add(ConfigLoader.table(root, toml, "account"));
    }
    List<LineSettings> lines = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      lines.add(line(sections.get(i), sipPort + 2 * i, value instanceof TomlArray));
    }
    return checked(lines, sections);
  }

  private LineSettings line(Section s, int port, boolean several) throws ConfigException {
    Optional<String> name = s.string("name", "Office");
    boolean screening = s.bool("screening").orElse(true);
    List<RingHours> hours = ringHours(s, screening);
    boolean isDefault = s.bool("default").orElse(false);
    int listenPort =
        several
            ? s.integer("listen_port", 1, 65_535, port).orElse((long) port).intValue()
            : port; // a single [account] listens on [sip] listen
    AccountSettings account = new AccountReader(s, warnings).read();
    String label = name.map(String::strip).orElse(account.user() + "@" + account.domain());
    if (label.isEmpty() || label.length() > 40 || label.chars().anyMatch(c -> c < 0x20)) {
      throw s.error("name", "= \"" + label + "\" is not usable", "write 1–40 characters");
    }
    return new LineSettings(label, account, screening, hours, isDefault, listenPort);
  }

  private static List<RingHours> ringHours(Section s, boolean screening) throws ConfigException {
    Optional<List<String>> texts = s.strings("ring_hours", "[" + RingHours.EXAMPLE + "]");
    if (texts.isEmpty()) {
      return List.of();
    }
    if (screening) {
      throw s.error(
          "ring_hours",
          "only applies to a line with screening = false",
          "add screening = false to this line, or remove ring_hours");
    }
    List<RingHours> out = new ArrayList<>();
    for (String text : texts.get()) {
      out.add(
          RingHours.parse(text)
              .orElseThrow(
                  () ->
                      s.error(
                          "ring_hours",
                          "has \"" + text + "\", which is not days and hours",
                          "write e.g. ring_hours = ["
                              + RingHours.EXAMPLE
                              + ", \"Sat 10:00-12:00\"] (days Mon…Sun, 24-hour times, from before"
                              + " to; a span over midnight as two)")));
    }
    return out;
  }

  /**
   * Throws a clear error when the parser's {@code error} comes from {@code [account]} and {@code
   * [[account]]} in one file (TOML cannot hold both); returns otherwise.
   */
  static void mixedSections(Path file, String text, TomlParseError error) throws ConfigException {
    List<String> lines = text.lines().map(String::strip).toList();
    boolean single = lines.stream().anyMatch(l -> l.matches("\\[\\s*account\\s*\\](\\s*#.*)?"));
    boolean several =
        lines.stream().anyMatch(l -> l.matches("\\[\\[\\s*account\\s*\\]\\](\\s*#.*)?"));
    if (single && several && String.valueOf(error.getMessage()).contains("account")) {
      throw new ConfigException(
          file,
          error.position().line(),
          "[account] and [[account]] are both used",
          "write every line as [[account]] (one [account] section is for a single line only)");
    }
  }

  /** At most one default (else the first line is), names and ports unique. */
  private static List<LineSettings> checked(List<LineSettings> lines, List<Section> sections)
      throws ConfigException {
    Map<String, Integer> names = new HashMap<>();
    Map<Integer, Integer> ports = new HashMap<>();
    int defaultAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      LineSettings l = lines.get(i);
      Section s = sections.get(i);
      Integer sameName = names.putIfAbsent(l.name(), i);
      if (sameName != null) {
        throw new ConfigException(
            s.file(),
            s.has("name") ? s.line("name") : s.firstLine(),
            "[[account]] name \"" + l.name() + "\" is used by two lines",
            "give each [[account]] its own name = \"...\"");
      }
      Integer samePort = ports.putIfAbsent(l.listenPort(), i);
      if (samePort != null) {
        throw s.error(
            "listen_port",
            "= " + l.listenPort() + " is used by another line too",
            "give each [[account]] its own listen_port (or leave it out: each line gets the [sip]"
                + " port plus 2 per line before it)");
      }
      if (l.isDefault()) {
        if (defaultAt >= 0) {
          throw s.error(
              "default",
              "= true is set on \"" + lines.get(defaultAt).name() + "\" already",
              "set default = true on one [[account]] only");
        }
        defaultAt = i;
      }
    }
    int chosen = Math.max(defaultAt, 0);
    List<LineSettings> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      LineSettings l = lines.get(i);
      out.add(
          new LineSettings(
              l.name(), l.account(), l.screening(), l.ringHours(), i == chosen, l.listenPort()));
    }
    return out;
  }
}
