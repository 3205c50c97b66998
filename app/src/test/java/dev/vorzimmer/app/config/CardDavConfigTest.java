package dev.vorzimmer.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardDavConfigTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  @Test
  void entriesAreReadWithDefaultsAndThePasswordFileNextToTheConfig() throws Exception {
    Path f =
        write(
            """
            [[contacts.carddav]]
            url = "https://cloud.example.org/dav/anna/contacts/"
            user = "anna"
            password_file = "dav.txt"

            [[contacts.carddav]]
            url = "https://dav.example.net/block/"
            user = "b"
            password_file = "/etc/vorzimmer/block.txt"
            role = "block"
            interval = 720
            """);

    AppConfig c = new ConfigLoader().load(f);

    assertThat(c.addressBooks())
        .containsExactly(
            new CardDavSettings(
                URI.create("https://cloud.example.org/dav/anna/contacts/"),
                "anna",
                dir.resolve("dav.txt"),
                "contacts",
                60),
            new CardDavSettings(
                URI.create("https://dav.example.net/block/"),
                "b",
                Path.of("/etc/vorzimmer/block.txt"),
                "block",
                720));
    assertThat(c.warnings()).noneMatch(w -> w.contains("carddav"));
  }

  @Test
  void plainHttpToAnotherMachineIsAWarning() throws Exception {
    Path f =
        write(
            "[[contacts.carddav]]\nurl = \"http://dav.example.org/a/\"\nuser = \"a\"\n"
                + "password_file = \"p\"\n");

    assertThat(new ConfigLoader().load(f).warnings())
        .singleElement()
        .asString()
        .contains("config.toml:2")
        .contains("plain http");
  }

  @Test
  void badEntriesNameFileLineKeyAndFix() throws Exception {
    Path noUrl = write("[[contacts.carddav]]\nuser = \"a\"\npassword_file = \"p\"\n");
    assertThatThrownBy(() -> new ConfigLoader().load(noUrl))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("[[contacts.carddav]] url is missing");

    Path ftp =
        write(
            "[[contacts.carddav]]\nuser = \"a\"\npassword_file = \"p\"\n"
                + "url = \"ftp://dav.example.org/\"\n");
    assertThatThrownBy(() -> new ConfigLoader().load(ftp))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(":4")
        .hasMessageContaining("is not an http(s) URL");

    Path typo =
        write(
            "[[contacts.carddav]]\nurl = \"https://d.example.org/\"\nuser = \"a\"\n"
                + "password_file = \"p\"\nintervall = 5\n");
    assertThatThrownBy(() -> new ConfigLoader().load(typo))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("intervall")
        .hasMessageContaining("did you mean interval?");
  }
}
