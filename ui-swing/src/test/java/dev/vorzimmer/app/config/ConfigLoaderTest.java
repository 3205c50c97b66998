package dev.vorzimmer.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  @Test
  void missingFileMeansLocalLineWithDefaults() throws Exception {
    AppConfig c = new ConfigLoader().load(dir.resolve("config.toml"));
    assertThat(c.account()).isEmpty();
    assertThat(c.listenHost()).isEqualTo("0.0.0.0");
    assertThat(c.listenPort()).isEqualTo(5062);
    assertThat(c.screening().region()).isEqualTo("DE");
  }

  @Test
  void fullAccountIsRead() throws Exception {
    Path f = write("""
        [account]
        user = "alice"
        domain = "example.net"
        registrar = "sip.example.net:5070"
        password = "s3cret"
        transport = "tcp"
        expires = 120
        [sip]
        listen = "127.0.0.1:5099"
        [screening]
        region = "at"
        languages = ["de", "fr"]
        """);
    AppConfig c = new ConfigLoader().load(f);
    AccountSettings a = c.account().orElseThrow();
    assertThat(a.user()).isEqualTo("alice");
    assertThat(a.registrarHost()).isEqualTo("sip.example.net");
    assertThat(a.registrarPort()).isEqualTo(5070);
    assertThat(a.transport()).isEqualTo("tcp");
    assertThat(a.expires()).isEqualTo(120);
    assertThat(a.password()).isEqualTo("s3cret");
    assertThat(a.toString()).doesNotContain("s3cret");
    assertThat(c.listenPort()).isEqualTo(5099);
    assertThat(c.screening().region()).isEqualTo("AT");
    assertThat(c.screening().languages()).containsExactly("de", "fr");
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void registrarDefaultsToDomainAndPortTo5060() throws Exception {
    Path f = write("[account]\nuser = \"bob\"\ndomain = \"example.net\"\npassword = \"x\"\n");
    AccountSettings a = new ConfigLoader().load(f).account().orElseThrow();
    assertThat(a.registrarHost()).isEqualTo("example.net");
    assertThat(a.registrarPort()).isEqualTo(5060);
    assertThat(a.transport()).isEqualTo("udp");
    assertThat(a.expires()).isEqualTo(300);
  }

  static Stream<Arguments> badFiles() {
    String base = "[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n";
    return Stream.of(
        Arguments.of(base + "transport = \"sctp\"\n", 5, "transport", "\"udp\" or \"tcp\""),
        Arguments.of(base + "expires = \"300\"\n", 5, "expires", "whole number"),
        Arguments.of(base + "expires = 5\n", 5, "expires", "from 10 to 86400"),
        Arguments.of(base + "usr = \"x\"\n", 5, "usr", "did you mean user?"),
        Arguments.of(base + "registrar = \"sip.example.net:99999\"\n", 5, "registrar", "host[:port]"),
        Arguments.of("[account]\ndomain = \"example.net\"\npassword = \"hunter2\"\n", 2, "user", "add user ="),
        Arguments.of("[account]\nuser = \"alice\"\ndomain = \"example.net\"\n", 2, "no password", "password_file"),
        Arguments.of("[account]\nuser = \"alice@example.net\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n", 2, "user", "user part only"),
        Arguments.of("[acount]\nuser = \"alice\"\n", 1, "acount", "did you mean [account]?"),
        Arguments.of("[sip]\nlisten = \"nonsense here\"\n", 2, "listen", "0.0.0.0:5062"),
        Arguments.of("[account]\nuser = alice\n", 2, "not valid TOML", "syntax"),
        Arguments.of("[screening]\nregion = \"Germany\"\n", 2, "region", "two-letter"),
        Arguments.of(base + "password_file = \"p.txt\"\n", 5, "password_file", "only one"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("badFiles")
  void badFileNamesFileLineKeyAndFix(String text, int line, String mentions, String fix) throws IOException {
    Path f = write(text);
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> {
          ConfigException ce = (ConfigException) e;
          assertThat(ce.line()).isEqualTo(line);
          assertThat(ce.file()).isEqualTo(f);
        })
        .hasMessageStartingWith(f + ":" + line + ": ")
        .hasMessageContaining(mentions)
        .hasMessageContaining(fix)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void passwordFileIsReadRelativeToTheConfig() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "pw-from-file\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Path f = write("[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword_file = \"secret.txt\"\n");
    assertThat(new ConfigLoader().load(f).account().orElseThrow().password()).isEqualTo("pw-from-file");
  }

  @Test
  void missingPasswordFileIsAnErrorOnItsLine() throws Exception {
    Path f = write("[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword_file = \"nope.txt\"\n");
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .hasMessageStartingWith(f + ":4: [account] password_file names")
        .hasMessageContaining("nope.txt");
  }

  @Test
  void passwordInAWorldReadableFileGivesAWarningButNoPassword() throws Exception {
    Path f = write("[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    List<String> warnings = new ConfigLoader().load(f).warnings();
    assertThat(warnings).singleElement().asString()
        .contains("readable by other users").contains("chmod 600").doesNotContain("hunter2");
  }

  @Test
  void privateFileGivesNoWarning() throws Exception {
    Path f = write("[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n");
    assertThat(new ConfigLoader().load(f).warnings()).isEmpty();
  }
}
