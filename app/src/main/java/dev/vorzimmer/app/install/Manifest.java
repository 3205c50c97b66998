package dev.vorzimmer.app.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one install created, so that uninstall removes exactly that: files, the folders made for
 * them, and whether {@code mimeapps.list} existed before. One line each: {@code file PATH}, {@code
 * dir PATH}, {@code mimeapps created|edited}.
 */
final class Manifest {
  private final List<Path> files = new ArrayList<>();
  private final List<Path> dirs = new ArrayList<>();
  private boolean mimeAppsCreated;

  /** Creates the missing folders up to {@code dir}, noting each one made. */
  void createDirectories(Path dir) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      dirs.add(p);
    }
  }

  /** Writes {@code bytes} to {@code file} (its folders made as needed) and notes it. */
  void write(Path file, byte[] bytes) throws IOException {
    createDirectories(file.getParent());
    Files.write(file, bytes);
    if (!files.contains(file)) {
      files.add(file);
    }
  }

  void mimeAppsCreated(boolean created) {
    this.mimeAppsCreated = created;
  }

  boolean mimeAppsCreated() {
    return mimeAppsCreated;
  }

  List<Path> files() {
    return files;
  }

  List<Path> dirs() {
    return dirs;
  }

  void save(Path file) throws IOException {
    StringBuilder b =
        new StringBuilder("# written by 'vorzimmer install'; read by 'vorzimmer uninstall'\n");
    b.append("mimeapps ").append(mimeAppsCreated ? "created" : "edited").append('\n');
    dirs.forEach(d -> b.append("dir ").append(d).append('\n'));
    files.forEach(f -> b.append("file ").append(f).append('\n'));
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  static Manifest load(Path file) throws IOException {
    Manifest m = new Manifest();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("file ")) {
        m.files.add(Path.of(line.substring(5)));
      } else if (line.startsWith("dir ")) {
        m.dirs.add(Path.of(line.substring(4)));
      } else if (line.equals("mimeapps created")) {
        m.mimeAppsCreated = true;
      }
    }
    return m;
  }
}
