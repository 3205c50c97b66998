package dev.vorzimmer.app.install;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code vorzimmer install} puts things for one user, from {@code HOME}, {@code
 * XDG_DATA_HOME} and {@code XDG_CONFIG_HOME} (relative XDG paths are ignored, as the spec says).
 *
 * @param appDir the program: {@code ~/.local/lib/vorzimmer/} (vorzimmer.jar, lib/)
 * @param launcher {@code ~/.local/bin/vorzimmer}
 * @param desktopEntry {@code $XDG_DATA_HOME/applications/vorzimmer.desktop}
 * @param icon {@code $XDG_DATA_HOME/icons/hicolor/scalable/apps/vorzimmer.svg}
 * @param autostartEntry {@code $XDG_CONFIG_HOME/autostart/vorzimmer.desktop}
 * @param mimeApps {@code $XDG_CONFIG_HOME/mimeapps.list}, where the link handlers are chosen
 */
public record InstallPaths(
    Path appDir, Path launcher, Path desktopEntry, Path icon, Path autostartEntry, Path mimeApps) {

  /** The desktop entry's file name, which names it in mimeapps.list. */
  public static final String ENTRY_NAME = "vorzimmer.desktop";

  /** The paths of the user whose environment is {@code env}. */
  public static InstallPaths of(Map<String, String> env) {
    String home = env.get("HOME");
    if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) {
      throw new IllegalArgumentException("HOME is not set to an absolute path");
    }
    Path h = Path.of(home);
    Path data = xdg(env, "XDG_DATA_HOME", h.resolve(".local/share"));
    Path config = xdg(env, "XDG_CONFIG_HOME", h.resolve(".config"));
    return new InstallPaths(
        h.resolve(".local/lib/vorzimmer"),
        h.resolve(".local/bin/vorzimmer"),
        data.resolve("applications").resolve(ENTRY_NAME),
        data.resolve("icons/hicolor/scalable/apps/vorzimmer.svg"),
        config.resolve("autostart").resolve(ENTRY_NAME),
        config.resolve("mimeapps.list"));
  }

  /** The installed jar the launcher runs. */
  public Path jar() {
    return appDir.resolve("vorzimmer.jar");
  }

  /** The list of what install created, read by uninstall. */
  public Path manifest() {
    return appDir.resolve("installed-files.txt");
  }

  private static Path xdg(Map<String, String> env, String name, Path fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
      return fallback;
    }
    return Path.of(value);
  }
}
