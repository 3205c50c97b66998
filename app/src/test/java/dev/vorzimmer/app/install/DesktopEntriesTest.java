package dev.vorzimmer.app.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The launchers agree on the JVM options that docs/BENCHMARKS.md measured. */
class DesktopEntriesTest {

  @Test
  void theRepositoryLauncherAndTheInstalledOneUseTheSameJvmOptions() throws Exception {
    String repoLauncher = Files.readString(Path.of("..", "vorzimmer"));

    assertThat(repoLauncher).contains("java_opts=\"" + DesktopEntries.JAVA_OPTIONS + "\"");
    assertThat(DesktopEntries.launcher(Path.of("/usr/bin/java"), Path.of("/opt/v/vorzimmer.jar")))
        .contains("${VORZIMMER_JAVA_OPTS:-" + DesktopEntries.JAVA_OPTIONS + "}");
  }

  @Test
  void theMenuEntryRunsDialForLinks() {
    assertThat(DesktopEntries.application(Path.of("/home/anna/.local/bin/vorzimmer")))
        .contains("Exec=/home/anna/.local/bin/vorzimmer dial %u")
        .contains("MimeType=x-scheme-handler/tel;x-scheme-handler/callto;x-scheme-handler/sip;");
  }
}
