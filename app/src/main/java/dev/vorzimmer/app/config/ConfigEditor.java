package dev.vorzimmer.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes keys of {@code config.toml} for the settings screens, so a user never has to edit it.
 * Everything else in the file (comments, other sections, key order) stays as it was. The edited
 * text is loaded with {@link ConfigLoader} before it replaces the file: an edit that would make the
 * configuration invalid throws that loader's {@link ConfigException} and leaves the file untouched.
 * The file is replaced atomically and is readable by its owner only (it may hold a password).
 */
public final class ConfigEditor {
  private final Path file;
  private final ConfigLoader loader;

  public ConfigEditor(Path file) {
    this(file, new ConfigLoader());
  }

  ConfigEditor(Path file, ConfigLoader loader) {
    this.file = Objects.requireNonNull(file, "file");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /** The file being edited. */
  public Path file() {
    return file;
  }

  /**
   * Sets (or, for a {@code null} value, removes) {@code keys} in {@code [section]}, creating the
   * section when needed, and returns the configuration as now stored.
   *
   * @param section a table name such as {@code account} or {@code screening.lookup}
   * @param keys values: String, Boolean, Integer/Long, or a List of Strings; {@code null} removes
   *     the key
   * @throws ConfigException when the result would not be a valid configuration (the file is
   *     unchanged)
   * @throws IOException when the file cannot be read or written
   */
  public synchronized AppConfig set(String section, Map<String, ?> keys)
      throws ConfigException, IOException {
    List<String> lines = read();
    TomlLines.set(lines, section, new LinkedHashMap<>(keys));
    return write(lines);
  }

  /**
   * Removes {@code [section]} and all its keys (e.g. {@code account}: back to a local line).
   *
   * @throws ConfigException when the result would not be a valid configuration (the file is
   *     unchanged)
   */
  public synchronized AppConfig remove(String section) throws ConfigException, IOException {
    List<String> lines = read();
    TomlLines.removeSection(lines, section);
    return write(lines);
  }

  private List<String> read() throws IOException {
    return Files.exists(file)
        ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
        : new ArrayList<>();
  }

  private AppConfig write(List<String> lines) throws ConfigException, IOException {
    String text = String.join("\n", lines) + "\n";
    Path dir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".config", ".toml");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      AppConfig checked = loadAs(tmp);
      move(tmp);
      return checked;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Loads {@code candidate} but reports problems against the real file name. */
  private AppConfig loadAs(Path candidate) throws ConfigException {
    try {
      return loader.load(candidate).withFile(file);
    } catch (ConfigException e) {
      String message = e.getMessage();
      String rest = message.substring(message.indexOf(": ") + 2);
      int fix = rest.indexOf(". Fix: ");
      throw new ConfigException(
          file,
          e.line(),
          fix < 0 ? rest : rest.substring(0, fix),
          fix < 0 ? "" : rest.substring(fix + ". Fix: ".length()));
    }
  }

  private void move(Path tmp) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
