package dev.vorzimmer.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Vorzimmer keeps its configuration and data.
 *
 * <p>With {@code --home DIR} everything lives under DIR ({@code DIR/config.toml}, data in DIR).
 * Without it the XDG base directories apply: {@code $XDG_CONFIG_HOME/vorzimmer/config.toml}
 * (default {@code ~/.config}) and {@code $XDG_DATA_HOME/vorzimmer/} (default {@code
 * ~/.local/share}).
 *
 * @param configFile the TOML configuration file (it need not exist)
 * @param dataDir the directory for the database, recordings and logs
 */
public record AppHome(Path configFile, Path dataDir) {

  /** The home selected by {@code --home DIR}. */
  public static AppHome at(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    return new AppHome(abs.resolve("config.toml"), abs);
  }

  /** The XDG default home of the current user, read from {@code env} and {@code userHome}. */
  public static AppHome xdgDefault(Map<String, String> env, Path userHome) {
    Path config = xdg(env, "XDG_CONFIG_HOME").orElse(userHome.resolve(".config"));
    Path data = xdg(env, "XDG_DATA_HOME").orElse(userHome.resolve(".local").resolve("share"));
    return new AppHome(
        config.resolve("vorzimmer").resolve("config.toml"), data.resolve("vorzimmer"));
  }

  /** {@link #at} when {@code dir} is given, else the XDG default of this process's user. */
  public static AppHome resolve(Path dir) {
    if (dir != null) {
      return at(dir);
    }
    return xdgDefault(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  private static Optional<Path> xdg(Map<String, String> env, String name) {
    String value = env.get(name);
    // The XDG spec says relative paths are invalid and must be ignored.
    if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
      return Optional.empty();
    }
    return Optional.of(Path.of(value));
  }

  /** The SQLite database file. */
  public Path databaseFile() {
    return dataDir.resolve("vorzimmer.db");
  }

  /** Directory for voicemail recordings. */
  public Path messagesDir() {
    return dataDir.resolve("messages");
  }
}
