package dev.vorzimmer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the umask: the data folder a command creates is 0700 and its files 0600. */
class PrivateDataCliTest {
  @TempDir Path parent;

  @Test
  void aFreshDataFolderIsTheOwnersAlone() throws Exception {
    Path home = parent.resolve("home");
    Files.createDirectories(home);
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path config = home.resolve("config.toml");
    Files.writeString(config, "[storage]\nkeep_calls_days = 30\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));

    int code =
        Main.execute(
            new String[] {"--home", home.toString(), "contacts", "add", "Erika", "030 1234567"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    assertThat(Files.getPosixFilePermissions(home))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(config))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(home.resolve("vorzimmer.db")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }
}
