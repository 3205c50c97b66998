package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.install.DesktopEntries;
import dev.vorzimmer.testsupport.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/package} builds a Debian package (jpackage, jlink-trimmed runtime) whose contents
 * install the phone system-wide, and the phone unpacked from it ({@code dpkg -x}) starts on its own
 * runtime.
 */
class DebianPackageIT {
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  @TempDir Path work;

  @Test
  void thePackageHoldsAppRuntimeEntryAndIconAndItsPhoneStarts() throws Exception {
    Path repo = Path.of("..").toAbsolutePath().normalize();
    String deb =
        run(
                Map.of("VORZIMMER_PACKAGE_BUILD", "0", "VORZIMMER_DEB_COMPRESSION", "none"),
                BUILD_TIMEOUT,
                List.of(repo.resolve("scripts/package").toString(), work.resolve("out").toString()))
            .lines()
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(deb).endsWith(".deb");

    String contents = run(Map.of(), TIMEOUT, List.of("dpkg-deb", "-c", deb));
    assertThat(contents)
        .contains("./opt/vorzimmer/bin/vorzimmer")
        .contains("./opt/vorzimmer/lib/app/vorzimmer.jar")
        .contains("./opt/vorzimmer/lib/runtime/lib/server/libjvm.so")
        .contains("./usr/bin/vorzimmer -> /opt/vorzimmer/bin/vorzimmer")
        .contains("./usr/share/applications/vorzimmer.desktop")
        .contains("./usr/share/icons/hicolor/scalable/apps/vorzimmer.svg")
        .doesNotContain("/home/")
        .doesNotContain("bin/javac");
    String control = run(Map.of(), TIMEOUT, List.of("dpkg-deb", "-f", deb, "Package", "Depends"));
    assertThat(control).contains("Package: vorzimmer");

    Path root = work.resolve("root");
    run(Map.of(), TIMEOUT, List.of("dpkg", "-x", deb, root.toString()));
    Path entry = root.resolve("usr/share/applications/vorzimmer.desktop");
    assertThat(run(Map.of(), TIMEOUT, List.of("desktop-file-validate", entry.toString())))
        .isEmpty();
    assertThat(Files.readString(entry))
        .as("the entry 'vorzimmer install' writes, system-wide")
        .isEqualTo(DesktopEntries.application(Path.of("/usr/bin/vorzimmer")))
        .contains("Exec=/usr/bin/vorzimmer dial %u")
        .contains("MimeType=x-scheme-handler/tel;x-scheme-handler/callto;x-scheme-handler/sip;");
    assertThat(Files.readString(root.resolve("opt/vorzimmer/lib/runtime/release")))
        .as("a trimmed runtime: no compiler, no jshell")
        .doesNotContain("jdk.compiler")
        .doesNotContain("jdk.jshell");

    Path home = work.resolve("home");
    Files.createDirectories(home);
    Files.writeString(
        home.resolve("config.toml"),
        "[sip]\nlisten = \"127.0.0.1:" + FreePorts.udpAndTcp() + "\"\n");
    try (PhoneProcess phone =
        PhoneProcess.command(
            Map.of(),
            work.resolve("phone"),
            List.of(
                root.resolve("opt/vorzimmer/bin/vorzimmer").toString(),
                "run",
                "--headless",
                "--home",
                home.toString()))) {
      assertThat(phone.awaitLine(l -> l.startsWith("local line"), TIMEOUT))
          .as(phone::transcript)
          .isNotNull();
      assertThat(phone.terminate(Duration.ofSeconds(15))).as(phone::transcript).isZero();
    }
  }

  /** Runs {@code cmd} to its end and returns its stdout; fails on a non-zero exit. */
  private String run(Map<String, String> env, Duration timeout, List<String> cmd) throws Exception {
    try (PhoneProcess p = PhoneProcess.command(env, work.resolve("cmd"), cmd)) {
      int code = p.awaitExit(timeout);
      String out = p.transcript();
      assertThat(code).as(String.join(" ", cmd) + "\n" + out).isZero();
      return out.substring("stdout:\n".length(), out.indexOf("\nstderr:\n")).strip();
    }
  }
}
