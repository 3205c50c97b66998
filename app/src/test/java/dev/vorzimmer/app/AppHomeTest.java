package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppHomeTest {
  @Test
  void homeOptionPutsEverythingInOneFolder() {
    AppHome h = AppHome.at(Path.of("/tmp/vz"));
    assertThat(h.configFile()).isEqualTo(Path.of("/tmp/vz/config.toml"));
    assertThat(h.dataDir()).isEqualTo(Path.of("/tmp/vz"));
    assertThat(h.databaseFile()).isEqualTo(Path.of("/tmp/vz/vorzimmer.db"));
  }

  @Test
  void withoutHomeXdgDefaultsApply() {
    AppHome h = AppHome.xdgDefault(Map.of(), Path.of("/home/erika"));
    assertThat(h.configFile()).isEqualTo(Path.of("/home/erika/.config/vorzimmer/config.toml"));
    assertThat(h.dataDir()).isEqualTo(Path.of("/home/erika/.local/share/vorzimmer"));
  }

  @Test
  void xdgVariablesAreHonouredWhenAbsolute() {
    AppHome h =
        AppHome.xdgDefault(
            Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative/ignored"),
            Path.of("/home/e"));
    assertThat(h.configFile()).isEqualTo(Path.of("/cfg/vorzimmer/config.toml"));
    assertThat(h.dataDir()).isEqualTo(Path.of("/home/e/.local/share/vorzimmer"));
  }
}
