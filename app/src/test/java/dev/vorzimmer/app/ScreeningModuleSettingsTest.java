package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving screening settings writes config.toml and changes the running screener's next decision.
 */
class ScreeningModuleSettingsTest {
  private static final String UNKNOWN_MOBILE = "0176 99887766";
  @TempDir Path dir;
  private AppHome home;
  private ScreeningModule module;

  @BeforeEach
  void open() throws Exception {
    home = AppHome.at(dir);
    Files.writeString(home.configFile(), "# my phone\n[screening]\nregion = \"DE\"   # home\n");
    // a Wednesday noon: the quiet hours the test saves (weekend mornings) must not apply
    module =
        ScreeningModule.open(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.fixed(Instant.parse("2026-12-02T11:00:00Z"), ZoneId.of("Europe/Berlin")));
  }

  @AfterEach
  void close() {
    module.close();
  }

  @Test
  void savedSettingsAreInTheFileAndDecideTheNextCall() throws Exception {
    assertThat(module.screener().dryRun(Caller.of(UNKNOWN_MOBILE)).verdict())
        .isEqualTo(Verdict.VOICEMAIL);
    module.saveSettings(
        Map.of("unknown", "ring", "quiet_hours", List.of("Sat,Sun 00:00-09:00")), Map.of());
    assertThat(module.screener().dryRun(Caller.of(UNKNOWN_MOBILE)).verdict())
        .isEqualTo(Verdict.RING);
    String text = Files.readString(home.configFile());
    assertThat(text)
        .startsWith("# my phone\n[screening]\nregion = \"DE\"   # home\n")
        .contains("unknown = \"ring\"")
        .contains("quiet_hours = [\"Sat,Sun 00:00-09:00\"]");
    assertThat(new ConfigLoader().load(home.configFile()).screening())
        .isEqualTo(module.screener().config());
  }

  @Test
  void anInvalidSettingIsRefusedWithFileAndLineAndChangesNothing() throws Exception {
    String before = Files.readString(home.configFile());
    assertThatThrownBy(() -> module.saveSettings(Map.of("repeat_minutes", 99_999L), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(home.configFile() + ":")
        .hasMessageContaining("repeat_minutes")
        .hasMessageContaining("Fix:");
    assertThat(Files.readString(home.configFile())).isEqualTo(before);
    assertThat(module.screener().config().repeatWindow().toMinutes()).isEqualTo(5);
  }

  @Test
  void theOnlineLookupGetsItsOwnSection() throws Exception {
    module.saveSettings(Map.of(), Map.of("enabled", true, "token", "secret-token"));
    String lookupSection =
        Files.readString(home.configFile()).split("\\[screening.lookup]\n", 2)[1];
    assertThat(lookupSection).contains("enabled = true\n").contains("token = \"secret-token\"\n");
    assertThat(module.screener().config().lookup().enabled()).isTrue();
    assertThatThrownBy(() -> module.saveSettings(Map.of(), Map.of("token", "")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("needs a token");
    assertThat(module.screener().config().lookup().token()).isEqualTo("secret-token");
  }
}
