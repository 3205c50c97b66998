package dev.vorzimmer.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The provider keys of [account]: proxy, auth_user, display_name, realm, and whether the registrar
 * had a port.
 */
class ProviderKeysConfigTest {
  private static final String BASE =
      "[account]\nuser = \"alice\"\ndomain = \"example.net\"\npassword = \"hunter2\"\n";

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  @Test
  void providerKeysAreRead() throws Exception {
    AccountSettings a =
        new ConfigLoader()
            .load(
                write(
                    BASE
                        + """
        registrar = "sip.example.net"
        proxy = "proxy.example.net:5070"
        auth_user = "4930123456"
        display_name = "Alice Example"
        realm = "example.net"
        """))
            .account()
            .orElseThrow();

    assertThat(a.extras().proxy()).contains(new HostPort("proxy.example.net", 5070));
    assertThat(a.extras().authUser()).contains("4930123456");
    assertThat(a.extras().displayName()).contains("Alice Example");
    assertThat(a.extras().realm()).contains("example.net");
    assertThat(a.extras().registrarPortGiven()).isFalse();
  }

  @Test
  void withoutThemNothingChangesAndAPortMeansNoSrvLookup() throws Exception {
    AccountSettings plain = new ConfigLoader().load(write(BASE)).account().orElseThrow();
    AccountSettings withPort =
        new ConfigLoader()
            .load(write(BASE + "registrar = \"sip.example.net:5060\"\n"))
            .account()
            .orElseThrow();

    assertThat(plain.extras())
        .isEqualTo(
            new AccountExtras(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
    assertThat(withPort.extras().registrarPortGiven()).isTrue();
  }

  @Test
  void aProxyWithoutPortIsLeftToDnsSrv() throws Exception {
    AccountSettings a =
        new ConfigLoader()
            .load(write(BASE + "proxy = \"proxy.example.net\"\n"))
            .account()
            .orElseThrow();

    assertThat(a.extras().proxy()).contains(new HostPort("proxy.example.net", 0));
  }

  static Stream<Arguments> badKeys() {
    return Stream.of(
        Arguments.of("proxy = \"sip:proxy.example.net;lr\"\n", "proxy", "without sip: or ;lr"),
        Arguments.of("proxy = \"proxy.example.net:0\"\n", "proxy", "host:port"),
        Arguments.of("proxy = 5060\n", "proxy", "in quotes"),
        Arguments.of(
            "auth_user = \"alice smith\"\n", "auth_user", "without quotes, backslashes or spaces"),
        Arguments.of("auth_user = \"\"\n", "auth_user", "1–128 characters"),
        Arguments.of(
            "display_name = \"Alice \\\"the\\\" Example\"\n", "display_name", "without quotes"),
        Arguments.of("realm = \" \"\n", "realm", "realm = \"example.net\""),
        Arguments.of("realms = \"example.net\"\n", "realms", "did you mean realm?"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("badKeys")
  void badProviderKeysNameFileLineKeyAndFix(String line, String key, String fix)
      throws IOException {
    Path f = write(BASE + line);
    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":5: ")
        .hasMessageContaining(key)
        .hasMessageContaining(fix)
        .hasMessageNotContaining("hunter2");
  }
}
