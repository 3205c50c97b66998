package dev.vorzimmer.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [[account]]}: several lines, their keys, and the errors a user can make with them. */
class LinesConfigTest {
  @TempDir Path dir;

  private static final String HOME =
      """
      [[account]]
      name = "Home"
      user = "alice"
      domain = "example.net"
      password = "a"
      """;

  private static final String OFFICE =
      """
      [[account]]
      name = "Office"
      user = "bob"
      domain = "example.org"
      password = "b"
      screening = false
      ring_hours = ["Mon-Fri 08:00-18:00", "Sat 10:00-12:00"]
      default = true
      """;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  private AppConfig load(String text) throws Exception {
    return new ConfigLoader().load(write(text));
  }

  @Test
  void singleAccountIsOneScreenedDefaultLineOnTheSipPort() throws Exception {
    AppConfig c =
        load(
            """
            [account]
            user = "alice"
            domain = "example.net"
            password = "a"
            [sip]
            listen = "127.0.0.1:5099"
            """);
    assertThat(c.account().orElseThrow().user()).isEqualTo("alice");
    assertThat(c.lines()).hasSize(1);
    LineSettings line = c.lines().get(0);
    assertThat(line.name()).isEqualTo("alice@example.net");
    assertThat(line.screening()).isTrue();
    assertThat(line.isDefault()).isTrue();
    assertThat(line.listenPort()).isEqualTo(5099);
  }

  @Test
  void noAccountMeansNoLines() throws Exception {
    assertThat(load("[sip]\nlisten = \"127.0.0.1:5099\"\n").lines()).isEmpty();
  }

  @Test
  void severalLinesWithNamesPortsAndTheDefault() throws Exception {
    AppConfig c = load(HOME + OFFICE + "[sip]\nlisten = \"0.0.0.0:6000\"\n");
    assertThat(c.lines()).extracting(LineSettings::name).containsExactly("Home", "Office");
    assertThat(c.lines()).extracting(LineSettings::listenPort).containsExactly(6000, 6002);
    assertThat(c.lines()).extracting(LineSettings::isDefault).containsExactly(false, true);
    assertThat(c.account().orElseThrow().user()).isEqualTo("bob");
    assertThat(c.lines().get(0).screening()).isTrue();
    assertThat(c.lines().get(1).ringHours()).hasSize(2);
  }

  @Test
  void withoutDefaultTheFirstLineIsTheDefaultAndNamesDefaultToTheAddress() throws Exception {
    AppConfig c =
        load(
            HOME.replace("name = \"Home\"\n", "")
                + OFFICE.replace("default = true\n", "").replace("name = \"Office\"\n", ""));
    assertThat(c.lines())
        .extracting(LineSettings::name)
        .containsExactly("alice@example.net", "bob@example.org");
    assertThat(c.lines()).extracting(LineSettings::isDefault).containsExactly(true, false);
    assertThat(c.account().orElseThrow().user()).isEqualTo("alice");
  }

  @Test
  void ringHoursDecideWhenAnUnscreenedLineRings() throws Exception {
    LineSettings office = load(OFFICE).lines().get(0);
    ZoneId zone = ZoneId.of("Europe/Berlin");
    // 2026-12-03 is a Thursday
    assertThat(office.rings(ZonedDateTime.of(2026, 12, 3, 8, 0, 0, 0, zone))).isTrue();
    assertThat(office.rings(ZonedDateTime.of(2026, 12, 3, 17, 59, 0, 0, zone))).isTrue();
    assertThat(office.rings(ZonedDateTime.of(2026, 12, 3, 18, 0, 0, 0, zone))).isFalse();
    assertThat(office.rings(ZonedDateTime.of(2026, 12, 5, 11, 0, 0, 0, zone))).isTrue();
    assertThat(office.rings(ZonedDateTime.of(2026, 12, 6, 11, 0, 0, 0, zone))).isFalse();
    LineSettings always = load(OFFICE.replaceAll("ring_hours = .*\n", "")).lines().get(0);
    assertThat(always.rings(ZonedDateTime.of(2026, 12, 6, 3, 0, 0, 0, zone))).isTrue();
    LineSettings screened = load(HOME).lines().get(0);
    assertThat(screened.rings(ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, zone))).isFalse();
  }

  @Test
  void twoDefaultsNameTheSecondLine() throws Exception {
    Path f = write(OFFICE + OFFICE.replace("Office", "Shop").replace("bob", "carol"));
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":16: [[account]] default = true is set on \"Office\" already")
        .hasMessageContaining("Fix: set default = true on one [[account]] only");
  }

  @Test
  void duplicateNamesAreRefused() throws Exception {
    Path f = write(HOME + HOME.replace("alice", "carol"));
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":7: [[account]] name \"Home\" is used by two lines")
        .hasMessageContaining("Fix: give each [[account]] its own name");
  }

  @Test
  void accountMixedWithAccountEntriesIsRefused() throws Exception {
    Path f =
        write(
            HOME
                + """
                [account]
                user = "bob"
                domain = "example.org"
                password = "b"
                """);
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":6: ")
        .hasMessageContaining("[account] and [[account]]")
        .hasMessageContaining("Fix: write every line as [[account]]");
  }

  @Test
  void badRingHoursNameKeyLineAndForm() throws Exception {
    Path f = write(OFFICE.replace("Sat 10:00-12:00", "Sa 10-12"));
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            f + ":7: [[account]] ring_hours has \"Sa 10-12\", which is not days and hours")
        .hasMessageContaining("Fix: write e.g. ring_hours = [\"Mon-Fri 08:00-18:00\"");
    for (String bad :
        new String[] {"Mon-Fri 18:00-08:00", "Fri-Mon 08:00-18:00", "Mon 8:00-9:00"}) {
      Path g = write(OFFICE.replace("Sat 10:00-12:00", bad));
      assertThatThrownBy(() -> new ConfigLoader().load(g))
          .hasMessageContaining("ring_hours has \"" + bad + "\"");
    }
  }

  @Test
  void ringHoursOnAScreenedLineAreRefused() throws Exception {
    Path f = write(OFFICE.replace("screening = false\n", ""));
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .hasMessageStartingWith(f + ":6: [[account]] ring_hours only applies to a line with")
        .hasMessageContaining("Fix: add screening = false");
  }

  @Test
  void twoLinesOnOnePortAreRefused() throws Exception {
    Path f =
        write(
            HOME.replace("password = \"a\"\n", "password = \"a\"\nlisten_port = 6000\n")
                + OFFICE.replace("default = true\n", "listen_port = 6000\n"));
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .hasMessageContaining("[[account]] listen_port = 6000 is used by another line too");
  }
}
