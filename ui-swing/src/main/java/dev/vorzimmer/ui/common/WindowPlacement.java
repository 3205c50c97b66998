package dev.vorzimmer.ui.common;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the window's bounds, theme and on/off settings in a small file in the data folder
 * ({@code window.properties}). A missing or damaged file means defaults; it is never an error.
 */
public final class WindowPlacement {
  private static final Logger log = LoggerFactory.getLogger(WindowPlacement.class);

  /**
   * One lock for every writer of every instance: the window and the settings tab each hold a {@code
   * WindowPlacement} on the same file, and each write rewrites the whole file.
   */
  private static final Object FILE_LOCK = new Object();

  private final Path file;

  public WindowPlacement(Path file) {
    this.file = file;
  }

  /** Saved bounds, if any and sane (at least 200×150). */
  public Optional<Rectangle> bounds() {
    Properties p = load();
    try {
      Rectangle r =
          new Rectangle(
              Integer.parseInt(p.getProperty("x", "")),
              Integer.parseInt(p.getProperty("y", "")),
              Integer.parseInt(p.getProperty("width", "")),
              Integer.parseInt(p.getProperty("height", "")));
      return r.width >= 200 && r.height >= 150 ? Optional.of(r) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Saved theme choice: "dark", "light", or empty for the system's. */
  public Optional<String> theme() {
    return Optional.ofNullable(load().getProperty("theme"));
  }

  /** Saved language choice ("en", "de"), or empty for the system's. */
  public Optional<String> language() {
    return Optional.ofNullable(load().getProperty("language"))
        .filter(l -> l.equals("en") || l.equals("de"));
  }

  /** Saves the language choice (empty: follow the system), keeping the other settings. */
  public void saveLanguage(Optional<String> language) {
    synchronized (FILE_LOCK) {
      Properties p = load();
      p.remove("language");
      language.ifPresent(l -> p.setProperty("language", l));
      store(p);
    }
  }

  /**
   * A saved on/off setting ({@code key=true|false}), or {@code fallback} when unset or unreadable.
   */
  public boolean flag(String key, boolean fallback) {
    String value = load().getProperty(key, "").strip();
    return "true".equalsIgnoreCase(value) || !"false".equalsIgnoreCase(value) && fallback;
  }

  /** Saves one on/off setting, keeping the others. */
  public void saveFlag(String key, boolean value) {
    synchronized (FILE_LOCK) {
      Properties p = load();
      p.setProperty(key, Boolean.toString(value));
      store(p);
    }
  }

  /** A saved text setting, if set and not blank. */
  public Optional<String> text(String key) {
    return Optional.ofNullable(load().getProperty(key))
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  /** Saves one text setting (empty removes it), keeping the others. */
  public void saveText(String key, Optional<String> value) {
    synchronized (FILE_LOCK) {
      Properties p = load();
      p.remove(key);
      value.ifPresent(v -> p.setProperty(key, v));
      store(p);
    }
  }

  /** Saves bounds and theme, keeping other settings in the file. */
  public void save(Rectangle bounds, Optional<String> theme) {
    synchronized (FILE_LOCK) {
      Properties p = load();
      p.remove("theme");
      p.setProperty("x", Integer.toString(bounds.x));
      p.setProperty("y", Integer.toString(bounds.y));
      p.setProperty("width", Integer.toString(bounds.width));
      p.setProperty("height", Integer.toString(bounds.height));
      theme.ifPresent(t -> p.setProperty("theme", t));
      store(p);
    }
  }

  /** Writes a temporary file and moves it into place, so no reader ever sees half a file. */
  private void store(Properties p) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "Vorzimmer window");
      }
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      log.warn("could not save the window settings to {}: {}", file, e.getMessage());
    }
  }

  private Properties load() {
    synchronized (FILE_LOCK) {
      Properties p = new Properties();
      if (Files.isRegularFile(file)) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(r);
        } catch (IOException | IllegalArgumentException e) {
          log.warn("ignoring unreadable window settings {}: {}", file, e.getMessage());
        }
      }
      return p;
    }
  }
}
