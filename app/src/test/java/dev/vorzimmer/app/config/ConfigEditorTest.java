package dev.vorzimmer.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEditorTest {
  @TempDir Path dir;

  private Map<String, Object> account(String password) {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("user", "alice");
    keys.put("domain", "example.net");
    keys.put("registrar", "127.0.0.1:5070");
    keys.put("password", password);
    return keys;
  }

  @Test
  void createsTheFileWithAnAccountTheLoaderAccepts() throws Exception {
    Path file = dir.resolve("sub/config.toml");
    AppConfig config = new ConfigEditor(file).set("account", account("s\"ec\\ret"));
    assertThat(config.file()).isEqualTo(file);
    assertThat(config.account())
        .hasValueSatisfying(
            a -> {
              assertThat(a.user()).isEqualTo("alice");
              assertThat(a.password()).isEqualTo("s\"ec\\ret");
            });
    assertThat(new ConfigLoader().load(file).account()).isPresent();
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void keepsCommentsOtherSectionsAndUnrelatedKeys() throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "# my phone",
            "[account]",
            "user = \"bob\"  # old",
            "domain = \"example.net\"",
            "password = \"x\"",
            "",
            "[screening]",
            "# languages I speak",
            "languages = [",
            "  \"de\",",
            "  \"en\",",
            "]",
            "region = \"DE\"",
            ""));
    ConfigEditor editor = new ConfigEditor(file);
    editor.set("account", Map.of("user", "alice"));
    AppConfig config = editor.set("screening", Map.of("languages", List.of("de", "fr")));
    String text = Files.readString(file);
    assertThat(text).startsWith("# my phone\n[account]\nuser = \"alice\"\n");
    assertThat(text).contains("# languages I speak\nlanguages = [\"de\", \"fr\"]\nregion = \"DE\"");
    assertThat(config.account().orElseThrow().user()).isEqualTo("alice");
    assertThat(config.screening().languages()).containsExactlyInAnyOrder("de", "fr");
  }

  @Test
  void addsNewKeysAfterTheSectionsLastKeyAndRemovesNullKeys() throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(
        file,
        "[account]\nuser = \"bob\"\ndomain = \"example.net\"\npassword = \"x\"\n\n[sip]\nlisten = \"0.0.0.0:5062\"\n");
    Map<String, Object> keys = new HashMap<>();
    keys.put("transport", "tcp");
    keys.put("password", null);
    keys.put("password_file", "secret.txt");
    Files.writeString(dir.resolve("secret.txt"), "pw\n");
    new ConfigEditor(file).set("account", keys);
    assertThat(Files.readString(file))
        .contains("domain = \"example.net\"\n")
        .contains("transport = \"tcp\"")
        .doesNotContain("password = ")
        .contains("[sip]\nlisten");
  }

  @Test
  void anEditThatBreaksTheConfigLeavesTheFileAsItWasAndNamesTheFix() throws Exception {
    Path file = dir.resolve("config.toml");
    String before = "[account]\nuser = \"bob\"\ndomain = \"example.net\"\npassword = \"x\"\n";
    Files.writeString(file, before);
    assertThatThrownBy(() -> new ConfigEditor(file).set("account", Map.of("transport", "sctp")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ":")
        .hasMessageContaining("transport")
        .hasMessageContaining("Fix: use \"udp\", \"tcp\" or \"tls\"");
    assertThat(Files.readString(file)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void removingTheAccountMakesALocalLine() throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(
        file,
        "[account]\nuser = \"bob\"\ndomain = \"example.net\"\npassword = \"x\"\n[calls]\nring_seconds = 20\n");
    AppConfig config = new ConfigEditor(file).remove("account");
    assertThat(config.account()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("[calls]\nring_seconds = 20\n");
  }
}
