package dev.vorzimmer.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user (or an editor accident) puts into {@code config.toml}, loading either works or
 * fails with a {@link ConfigException} that names this file and a line; it never throws anything
 * else, and the password's value never appears in the message.
 */
class ConfigLoaderPropertiesTest {
  private static final String SECRET = "Xy7q9LmSecret";
  private static final String VALID =
      """
      [account]
      user = "alice"
      domain = "sip.example.net"
      registrar = "sip.example.net:5060"
      password = "%s"
      transport = "udp"
      expires = 300
      [sip]
      listen = "0.0.0.0:5062"
      [screening]
      region = "DE"
      unknown = "voicemail"
      robot_min_callers = 3
      quiet_hours = ["Mon-Fri 22:00-07:00"]
      [screening.lookup]
      enabled = false
      url = "https://phoneblock.net/phoneblock/api"
      budget_ms = 300
      [calls]
      ring_seconds = 25
      trusted_hosts = ["192.0.2.10"]
      [voicemail]
      max_seconds = 180
      [storage]
      keep_calls_days = 365
      """
          .formatted(SECRET);
  private static final String TOML_CHARS = "[]{}=\"'#.,:;\\\n \t-_+0123456789aeiourstlnxyzTF";

  @Provide
  Arbitrary<String> mutatedConfigs() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<String> junk = Arbitraries.strings().withChars(TOML_CHARS).ofMaxLength(6);
    Arbitrary<String> one =
        Combinators.combine(at, at, junk)
            .as(
                (a, b, j) ->
                    VALID.substring(0, Math.min(a, b)) + j + VALID.substring(Math.max(a, b)));
    Arbitrary<String> lines =
        Arbitraries.of(VALID.lines().toList())
            .list()
            .ofMaxSize(12)
            .map(l -> String.join("\n", l) + "\n");
    Arbitrary<String> noise = Arbitraries.strings().withChars(TOML_CHARS).ofMaxLength(120);
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60);
    return Arbitraries.oneOf(
        one,
        one.map(s -> s.replaceFirst("\n", "\n" + s.length() % 7 + " = x\n")),
        lines,
        noise,
        unicode);
  }

  @Property(tries = 1500)
  void loadingNeverThrowsAnythingButAConfigExceptionWithFileAndLine(
      @ForAll("mutatedConfigs") String text) throws IOException {
    Path dir = Files.createTempDirectory("vz-config");
    Path file = dir.resolve("config.toml");
    try {
      Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?'
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      try {
        AppConfig config = new ConfigLoader().load(file);
        assertThat(config.file()).isEqualTo(file);
      } catch (ConfigException e) {
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isBetween(0, (int) text.lines().count() + 1);
        assertThat(e.getMessage()).startsWith(file.toString()).contains("Fix: ");
        if (secretOnlyOnPasswordLines(
            text)) { // a mutation may splice the secret into another key's value
          assertThat(e.getMessage())
              .doesNotContain(SECRET.substring(0, 6))
              .doesNotContain(SECRET.substring(4));
        }
      }
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  private static boolean secretOnlyOnPasswordLines(String text) {
    return text.lines()
        .filter(l -> l.contains(SECRET.substring(0, 6)) || l.contains(SECRET.substring(4)))
        .allMatch(l -> l.contains("password"));
  }

  @Property(tries = 300)
  void anyBytesAtAllGiveAConfigOrAConfigException(@ForAll byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("vz-config");
    Path file = dir.resolve("config.toml");
    try {
      Files.write(file, bytes);
      try {
        new ConfigLoader().load(file);
      } catch (ConfigException e) {
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).startsWith(file.toString()).contains("Fix: ");
      }
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  @Property(tries = 300)
  void aQuoteInsideThePasswordNeverEchoesIt(@ForAll("passwordMangles") String password)
      throws IOException {
    Path dir = Files.createTempDirectory("vz-config");
    Path file = dir.resolve("config.toml");
    try {
      Files.writeString(
          file,
          "[account]\nuser = \"alice\"\ndomain = \"x.test\"\npassword = \"" + password + "\"\n");
      try {
        new ConfigLoader().load(file);
      } catch (ConfigException e) {
        // the file's path (a random temp folder) may contain digits of the password by chance
        String said = e.getMessage().replace(file.toString(), "FILE");
        for (String piece : List.of(password.split("[\"'\\\\\\s]+"))) {
          if (piece.length() >= 3) {
            assertThat(said).doesNotContain(piece);
          }
        }
      }
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<String> passwordMangles() {
    return Arbitraries.strings()
        .withChars("\"'\\#=[]abcdefXYZ0123456789")
        .ofMinLength(4)
        .ofMaxLength(16)
        .filter(p -> p.chars().filter(Character::isLetterOrDigit).count() >= 3);
  }
}
