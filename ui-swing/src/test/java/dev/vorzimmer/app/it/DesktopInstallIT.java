package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vorzimmer install} of the packaged jar into a temporary HOME, checked with the desktop's
 * own tools ({@code desktop-file-validate}, {@code xdg-mime}, {@code xdg-open} from Debian's
 * desktop-file-utils and xdg-utils): the entries are valid, the phone is the default handler of
 * tel:, callto: and sip: links, a link opened with xdg-open reaches the running phone, and
 * uninstall leaves the HOME as it was.
 */
class DesktopInstallIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  @TempDir Path home;
  @TempDir Path calleeHome;

  @Test
  void installMakesTheLauncherMenuEntryAndLinkHandlerAndUninstallRemovesThemAll() throws Exception {
    Files.writeString(home.resolve("notes.txt"), "the user's own file\n");
    Files.createDirectories(home.resolve(".config"));
    Files.writeString(
        home.resolve(".config/mimeapps.list"),
        "[Default Applications]\ntext/html=firefox.desktop\n");
    List<String> before = tree(home);
    Map<String, String> env = env();

    String install = run(env, java("install", "--autostart"));
    assertThat(install).contains("installed: " + home.resolve(".local/bin/vorzimmer"));
    Path entry = home.resolve(".local/share/applications/vorzimmer.desktop");
    Path autostart = home.resolve(".config/autostart/vorzimmer.desktop");
    assertThat(home.resolve(".local/share/icons/hicolor/scalable/apps/vorzimmer.svg"))
        .isRegularFile();
    assertThat(run(env, List.of("desktop-file-validate", entry.toString(), autostart.toString())))
        .as("desktop-file-validate finds nothing")
        .isEmpty();
    for (String scheme : List.of("tel", "callto", "sip")) {
      assertThat(run(env, List.of("xdg-mime", "query", "default", "x-scheme-handler/" + scheme)))
          .isEqualTo("vorzimmer.desktop");
    }
    assertThat(Files.readString(home.resolve(".config/mimeapps.list")))
        .contains("text/html=firefox.desktop");
    assertThat(run(env, List.of(home.resolve(".local/bin/vorzimmer").toString(), "--version")))
        .startsWith("Vorzimmer ");

    linkOpenedWithXdgOpenReachesTheRunningPhone(env);

    assertThat(run(env, List.of(home.resolve(".local/bin/vorzimmer").toString(), "uninstall")))
        .contains("uninstalled");
    assertThat(tree(home)).as("uninstall leaves the HOME as it was").isEqualTo(before);
    assertThat(Files.readString(home.resolve(".config/mimeapps.list")))
        .isEqualTo("[Default Applications]\ntext/html=firefox.desktop\n");
  }

  private void linkOpenedWithXdgOpenReachesTheRunningPhone(Map<String, String> env)
      throws Exception {
    int calleePort = FreePorts.udpAndTcp();
    Files.writeString(
        calleeHome.resolve("config.toml"),
        "[sip]\nlisten = \"127.0.0.1:" + calleePort + "\"\n[voicemail]\nsilence_seconds = 2\n");
    Path config = home.resolve(".config/vorzimmer/config.toml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "[sip]\nlisten = \"127.0.0.1:" + FreePorts.udpAndTcp() + "\"\n");
    String callee = "sip:vorzimmer@127.0.0.1:" + calleePort;
    try (PhoneProcess other =
            PhoneProcess.start(calleeHome, "run", "--headless", "--home", calleeHome.toString());
        PhoneProcess phone =
            PhoneProcess.command(
                env,
                home.resolve("work"),
                List.of(home.resolve(".local/bin/vorzimmer").toString(), "run", "--headless"))) {
      assertThat(phone.awaitLine(l -> l.startsWith("local line"), TIMEOUT))
          .as(phone::transcript)
          .isNotNull();
      assertThat(other.awaitLine(l -> l.startsWith("local line"), TIMEOUT)).isNotNull();
      assertThat(run(env, List.of("xdg-open", callee)))
          .contains("handed to the phone running as pid " + phone.pid());
      assertThat(phone.awaitLine(l -> l.equals("calling " + callee), TIMEOUT))
          .as(phone::transcript)
          .isNotNull();
      assertThat(phone.terminate(Duration.ofSeconds(15))).as(phone::transcript).isZero();
    }
    // the phone's own files are the user's, not the installer's
    deleteTree(home.resolve("work"));
    deleteTree(home.resolve(".config/vorzimmer"));
    deleteTree(home.resolve(".local/share/vorzimmer"));
  }

  /** HOME and the XDG folders in the temporary home; a display name so xdg-open asks xdg-mime. */
  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
    env.put("XDG_CURRENT_DESKTOP", "");
    env.put("DISPLAY", System.getenv().getOrDefault("DISPLAY", ":0"));
    return env;
  }

  private static List<String> java(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-jar", Path.of("target", "vorzimmer.jar").toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs {@code cmd} to its end; its output (stdout and stderr), stripped. Fails on non-zero. */
  private String run(Map<String, String> env, List<String> cmd) throws Exception {
    try (PhoneProcess p = PhoneProcess.command(env, home.resolve("run-work"), cmd)) {
      int code = p.awaitExit(TIMEOUT);
      String out = p.transcript();
      assertThat(code).as(String.join(" ", cmd) + "\n" + out).isZero();
      String stdout = out.substring("stdout:\n".length(), out.indexOf("\nstderr:\n"));
      String stderr = p.stderr().strip();
      return (stdout + (stderr.isEmpty() ? "" : "\n" + stderr)).strip();
    } finally {
      deleteTree(home.resolve("run-work"));
    }
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
