package dev.vorzimmer.app.install;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code vorzimmer install} / {@code uninstall} for one user, no root: the program under {@code
 * ~/.local/lib/vorzimmer}, the launcher in {@code ~/.local/bin}, the menu entry with its icon, the
 * handler of {@code tel:}, {@code callto:} and {@code sip:} links (through {@code xdg-mime} when it
 * is there, else by editing {@code mimeapps.list}) and, on request, the autostart entry. Everything
 * created is listed in a manifest, and uninstall removes exactly that. The data folder and the
 * configuration are never touched.
 */
public final class Installer {
  private static final String ICON = "/dev/vorzimmer/app/install/vorzimmer.svg";
  private final InstallPaths paths;
  private final Map<String, String> env;
  private final PrintWriter out;

  /** {@code env}: the user's environment (HOME, XDG_*, PATH for {@code xdg-mime}). */
  public Installer(InstallPaths paths, Map<String, String> env, PrintWriter out) {
    this.paths = paths;
    this.env = env;
    this.out = out;
  }

  /**
   * Installs the program of {@code sourceJar} (the packaged vorzimmer.jar, with its {@code lib/}
   * beside it), run by {@code java}; a previous install is replaced.
   */
  public void install(Path sourceJar, Path java, boolean autostart) throws IOException {
    if (Files.exists(paths.manifest())) {
      uninstall();
    }
    Manifest m = new Manifest();
    copyProgram(sourceJar, m);
    m.write(
        paths.launcher(),
        DesktopEntries.launcher(java, paths.jar()).getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(paths.launcher(), PosixFilePermissions.fromString("rwxr-xr-x"));
    m.write(paths.desktopEntry(), utf8(DesktopEntries.application(paths.launcher())));
    m.write(paths.icon(), icon());
    if (autostart) {
      m.write(paths.autostartEntry(), utf8(DesktopEntries.autostart(paths.launcher())));
    }
    m.mimeAppsCreated(!Files.exists(paths.mimeApps()));
    m.createDirectories(paths.mimeApps().getParent()); // noted here, whoever writes the file
    String how = registerSchemes(m);
    m.save(paths.manifest());
    out.println("installed: " + paths.launcher() + " (runs " + paths.jar() + ")");
    out.println("menu entry: " + paths.desktopEntry());
    out.println("tel:, callto: and sip: links open Vorzimmer (" + how + ")");
    if (autostart) {
      out.println("starts at login: " + paths.autostartEntry());
    }
    if (!onPath(paths.launcher().getParent())) {
      out.println("note: " + paths.launcher().getParent() + " is not on your PATH");
    }
  }

  /** Removes what install created; false when nothing was installed. */
  public boolean uninstall() throws IOException {
    if (!Files.exists(paths.manifest())) {
      out.println("nothing to uninstall: " + paths.manifest() + " does not exist");
      return false;
    }
    Manifest m = Manifest.load(paths.manifest());
    unregisterSchemes(m);
    List<Path> files = new ArrayList<>(m.files());
    java.util.Collections.reverse(files);
    for (Path f : files) {
      Files.deleteIfExists(f);
    }
    Files.deleteIfExists(paths.manifest());
    List<Path> dirs = new ArrayList<>(m.dirs());
    java.util.Collections.reverse(dirs);
    for (Path d : dirs) {
      if (Files.isDirectory(d) && isEmpty(d)) {
        Files.delete(d);
      }
    }
    out.println("uninstalled (your calls, messages and configuration stay where they are)");
    return true;
  }

  private void copyProgram(Path sourceJar, Manifest m) throws IOException {
    if (sourceJar.toAbsolutePath().normalize().equals(paths.jar())) {
      throw new IOException("this is the installed copy; run install from the built vorzimmer.jar");
    }
    m.write(paths.jar(), Files.readAllBytes(sourceJar));
    Path lib = sourceJar.resolveSibling("lib");
    if (!Files.isDirectory(lib)) {
      return;
    }
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "*.jar")) {
      for (Path j : jars) {
        m.write(
            paths.appDir().resolve("lib").resolve(j.getFileName().toString()),
            Files.readAllBytes(j));
      }
    }
  }

  /** Makes our entry the default for the link schemes; says how. */
  private String registerSchemes(Manifest m) throws IOException {
    Optional<Path> xdgMime = find("xdg-mime");
    if (xdgMime.isPresent()) {
      List<String> cmd =
          new ArrayList<>(List.of(xdgMime.get().toString(), "default", InstallPaths.ENTRY_NAME));
      cmd.addAll(DesktopEntries.SCHEMES);
      if (run(cmd)) {
        return "xdg-mime";
      }
      out.println("warning: xdg-mime failed; editing " + paths.mimeApps() + " instead");
    }
    String text = Files.exists(paths.mimeApps()) ? Files.readString(paths.mimeApps()) : "";
    for (String scheme : DesktopEntries.SCHEMES) {
      text = MimeApps.withDefault(text, scheme, InstallPaths.ENTRY_NAME);
    }
    Files.writeString(paths.mimeApps(), text);
    return paths.mimeApps().toString();
  }

  private void unregisterSchemes(Manifest m) throws IOException {
    if (!Files.exists(paths.mimeApps())) {
      return;
    }
    String text = MimeApps.without(Files.readString(paths.mimeApps()), InstallPaths.ENTRY_NAME);
    if (m.mimeAppsCreated() && MimeApps.isEmpty(text)) {
      Files.delete(paths.mimeApps());
    } else {
      Files.writeString(paths.mimeApps(), text);
    }
  }

  private boolean run(List<String> cmd) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    try (InputStream output = p.getInputStream()) {
      String text = new String(output.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      if (p.exitValue() != 0 && !text.isEmpty()) {
        out.println(String.join(" ", cmd) + ": " + text);
      }
      return p.exitValue() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      return false;
    }
  }

  private Optional<Path> find(String command) {
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private boolean onPath(Path dir) {
    for (String d : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Path.of(d).equals(dir)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] icon() throws IOException {
    try (InputStream in = Installer.class.getResourceAsStream(ICON)) {
      if (in == null) {
        throw new IOException("the icon " + ICON + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }
}
