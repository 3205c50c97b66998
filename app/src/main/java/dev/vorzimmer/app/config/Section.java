package dev.vorzimmer.app.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Typed, line-aware reads from one {@code [section]} of the configuration file. Every read records
 * the key as known, so {@link #rejectUnknownKeys()} can point at typos. Errors name file, line and
 * key and carry a fix; secrets are never echoed.
 */
final class Section {
  private final Path file;
  private final String name;
  private final TomlTable table;
  private final Set<String> known = new HashSet<>();

  Section(Path file, String name, TomlTable table) {
    this.file = file;
    this.name = name;
    this.table = table;
  }

  String name() {
    return name;
  }

  Path file() {
    return file;
  }

  int line(String key) {
    TomlPosition pos =
        table.inputPositionOf(List.of(key)); // the key as written, never as a dotted path
    return pos == null ? 0 : pos.line();
  }

  /** The section's header line (the line of its first key when the header position is unknown). */
  int firstLine() {
    return table.keySet().stream().mapToInt(this::line).filter(l -> l > 0).min().orElse(0);
  }

  String label(String key) {
    return "[" + name + "] " + key;
  }

  ConfigException error(String key, String what, String fix) {
    return new ConfigException(file, line(key), label(key) + " " + what, fix);
  }

  boolean has(String key) {
    known.add(key);
    return table.contains(key);
  }

  Optional<String> string(String key, String example) throws ConfigException {
    if (!has(key)) {
      return Optional.empty();
    }
    Object value = table.get(key);
    if (!(value instanceof String s)) {
      throw error(
          key, "must be a string", "write it in quotes, e.g. " + key + " = \"" + example + "\"");
    }
    return Optional.of(s);
  }

  /** Like {@link #string} but never echoes the value in errors. */
  Optional<String> secret(String key) throws ConfigException {
    if (!has(key)) {
      return Optional.empty();
    }
    if (!(table.get(key) instanceof String s)) {
      throw error(key, "must be a string", "write it in quotes, e.g. " + key + " = \"...\"");
    }
    return Optional.of(s);
  }

  String requiredString(String key, String example) throws ConfigException {
    Optional<String> value = string(key, example);
    if (value.isEmpty() || value.get().isBlank()) {
      throw new ConfigException(
          file,
          firstLine(),
          label(key) + " is missing",
          "add " + key + " = \"" + example + "\" to the [" + name + "] section");
    }
    return value.get().trim();
  }

  Optional<Long> integer(String key, long min, long max, long example) throws ConfigException {
    if (!has(key)) {
      return Optional.empty();
    }
    Object value = table.get(key);
    if (!(value instanceof Long l)) {
      throw error(key, "must be a whole number", "write e.g. " + key + " = " + example);
    }
    if (l < min || l > max) {
      throw error(key, "= " + l + " is out of range", "use a value from " + min + " to " + max);
    }
    return Optional.of(l);
  }

  Optional<Boolean> bool(String key) throws ConfigException {
    if (!has(key)) {
      return Optional.empty();
    }
    if (!(table.get(key) instanceof Boolean b)) {
      throw error(key, "must be true or false", "write " + key + " = true or " + key + " = false");
    }
    return Optional.of(b);
  }

  Optional<List<String>> strings(String key, String example) throws ConfigException {
    if (!has(key)) {
      return Optional.empty();
    }
    String fix = "write a list of strings, e.g. " + key + " = " + example;
    if (!(table.get(key) instanceof TomlArray array)) {
      throw error(key, "must be a list", fix);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof String s)) {
        throw error(key, "must contain only strings", fix);
      }
      out.add(s);
    }
    return Optional.of(out);
  }

  /** Like {@link #strings}, but one string alone (an older form of the key) is a list of one. */
  Optional<List<String>> stringOrStrings(String key, String example) throws ConfigException {
    if (has(key) && table.get(key) instanceof String one) {
      return Optional.of(List.of(one));
    }
    return strings(key, example);
  }

  Optional<Section> subsection(String key) throws ConfigException {
    if (!has(key)) {
      return Optional.empty();
    }
    if (!(table.get(key) instanceof TomlTable t)) {
      throw error(key, "must be a table", "write it as a [" + name + "." + key + "] section");
    }
    return Optional.of(new Section(file, name + "." + key, t));
  }

  /** Fails on the first key that no read asked for, suggesting the nearest known key. */
  void rejectUnknownKeys() throws ConfigException {
    for (String key : table.keySet()) {
      if (!known.contains(key)) {
        String near = Suggest.nearest(key, known);
        String fix =
            near == null
                ? "remove it; known keys are " + String.join(", ", known.stream().sorted().toList())
                : "did you mean " + near + "?";
        throw error(key, "is not a known setting", fix);
      }
    }
  }
}
