package dev.vorzimmer.app.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Install and uninstall without xdg-mime (mimeapps.list edited directly), into a HOME whose path
 * needs quoting in the Exec key; the entries are checked with desktop-file-validate.
 */
class InstallerTest {
  @TempDir Path temp;

  @Test
  void withoutXdgMimeTheLinkHandlersGoIntoMimeappsListAndUninstallRestoresIt() throws Exception {
    Path home = temp.resolve("home of \"Ann\" $x 100%");
    Path config = temp.resolve("xdg config");
    Files.createDirectories(config);
    Files.writeString(
        config.resolve("mimeapps.list"), "[Default Applications]\ntext/html=firefox.desktop\n");
    Files.createDirectories(home);
    Path source = builtJar();
    Map<String, String> env =
        Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", config.toString(), "PATH", "");
    List<String> before = tree(temp);
    InstallPaths paths = InstallPaths.of(env);
    StringWriter out = new StringWriter();

    new Installer(paths, env, new PrintWriter(out, true))
        .install(source.resolve("vorzimmer.jar"), Path.of("/usr/bin/java"), true);

    assertThat(out.toString()).contains(config.resolve("mimeapps.list").toString());
    assertThat(Files.readString(config.resolve("mimeapps.list")))
        .contains("text/html=firefox.desktop")
        .contains("x-scheme-handler/tel=vorzimmer.desktop")
        .contains("x-scheme-handler/callto=vorzimmer.desktop")
        .contains("x-scheme-handler/sip=vorzimmer.desktop");
    assertThat(paths.appDir().resolve("lib/dep.jar")).hasContent("dependency");
    assertThat(paths.autostartEntry()).exists();
    assertThat(Files.isExecutable(paths.launcher())).isTrue();
    assertThat(validate(paths.desktopEntry(), paths.autostartEntry())).isEmpty();
    assertThat(Files.readString(paths.desktopEntry()))
        .contains(
            "Exec=\""
                + home.toString().replace("\"", "\\\\\"").replace("$", "\\\\$").replace("%", "%%")
                + "/.local/bin/vorzimmer\" dial %u");

    assertThat(new Installer(paths, env, new PrintWriter(out, true)).uninstall()).isTrue();
    assertThat(tree(temp)).isEqualTo(before);
    assertThat(Files.readString(config.resolve("mimeapps.list")))
        .isEqualTo("[Default Applications]\ntext/html=firefox.desktop\n");
    assertThat(new Installer(paths, env, new PrintWriter(out, true)).uninstall())
        .as("a second uninstall finds nothing")
        .isFalse();
  }

  private Path builtJar() throws IOException {
    Path source = temp.resolve("build");
    Files.createDirectories(source.resolve("lib"));
    Files.writeString(source.resolve("vorzimmer.jar"), "jar");
    Files.writeString(source.resolve("lib/dep.jar"), "dependency");
    return source;
  }

  private static String validate(Path... entries) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("desktop-file-validate"));
    for (Path e : entries) {
      cmd.add(e.toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out.strip();
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
