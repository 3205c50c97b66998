package dev.vorzimmer.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.RejectWith;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The challenge and reject_with keys of {@code [screening]}. */
class ChallengeConfigKeysTest {
  @TempDir Path dir;

  private ScreeningConfig load(String text) throws Exception {
    Path f = dir.resolve("config.toml");
    Files.writeString(f, text);
    return new ConfigLoader().load(f).screening();
  }

  @Test
  void defaultsChallengeNobodyAndInterceptOnlyRobotRanges() throws Exception {
    ScreeningConfig c = load("[screening]\nregion = \"DE\"\n");

    assertThat(c.challenge().conditions()).isEmpty();
    assertThat(c.challenge().digits()).isEqualTo("0-9");
    assertThat(c.challenge().failVerdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(c.challenge().remember()).isEqualTo(Duration.ofDays(30));
    assertThat(c.rejectWith()).isEqualTo(RejectWith.DECLINE);
    assertThat(c.robotRejectWith()).isEqualTo(RejectWith.UNAVAILABLE);
  }

  @Test
  void allKeysAreRead() throws Exception {
    ScreeningConfig c =
        load(
            """
            [screening]
            challenge = ["unknown", "robot_suspect"]
            challenge_digits = "1-5"
            challenge_fail = "hangup"
            challenge_remember_days = 7
            reject_with = "unavailable"
            robot_reject_with = "486"
            """);

    assertThat(c.challenge().conditions()).containsExactlyInAnyOrder("unknown", "robot_suspect");
    assertThat(c.challenge().digits()).isEqualTo("1-5");
    assertThat(c.challenge().failVerdict()).isEqualTo(Verdict.REJECT);
    assertThat(c.challenge().remember()).isEqualTo(Duration.ofDays(7));
    assertThat(c.rejectWith()).isEqualTo(RejectWith.UNAVAILABLE);
    assertThat(c.robotRejectWith()).isEqualTo(RejectWith.status(486));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "486|486|write reject_with = \"486\" instead",
        "480|480|write reject_with = \"603\", \"486\", \"404\" or \"unavailable\" instead"
      })
  void theOldRejectStatusIsStillReadWithAWarningNamingFileLineAndTheNewKey(
      int old, int status, String fix) throws Exception {
    Path f = dir.resolve("config.toml");
    Files.writeString(f, "[screening]\nregion = \"DE\"\nreject_status = " + old + "\n");

    AppConfig c = new ConfigLoader().load(f);

    assertThat(c.screening().rejectWith()).isEqualTo(RejectWith.status(status));
    assertThat(c.warnings())
        .singleElement()
        .asString()
        .startsWith(f + ":3: [screening] reject_status is the old name of reject_with")
        .contains("Fix: " + fix);
  }

  @Test
  void rejectWithAloneGivesNoWarning() throws Exception {
    Path f = dir.resolve("config.toml");
    Files.writeString(f, "[screening]\nreject_with = \"404\"\n");

    AppConfig c = new ConfigLoader().load(f);

    assertThat(c.screening().rejectWith()).isEqualTo(RejectWith.status(404));
    assertThat(c.warnings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "challenge = [\"robots\"]|challenge|robot_suspect",
        "challenge_digits = \"a-z\"|challenge_digits|\"0-9\"",
        "challenge_fail = \"ignore\"|challenge_fail|\"hangup\"",
        "challenge_remember_days = -1|challenge_remember_days|from 0 to 3650",
        "reject_with = \"410\"|reject_with|\"unavailable\"",
        "robot_reject_with = 603|robot_reject_with|\"unavailable\"",
        "reject_status = 486\\nreject_with = \"603\"|line 3|delete the reject_status line"
      })
  void badValuesNameFileLineKeyAndFix(String line, String key, String fix) throws Exception {
    Path f = dir.resolve("config.toml");
    Files.writeString(f, "[screening]\n" + line.replace("\\n", "\n") + "\n");

    assertThatThrownBy(() -> new ConfigLoader().load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":")
        .hasMessageContaining(key)
        .hasMessageContaining(fix);
  }
}
