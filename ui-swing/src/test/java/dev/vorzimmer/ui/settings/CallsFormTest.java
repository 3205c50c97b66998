package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.CallsAndVoicemailSettings;
import dev.vorzimmer.app.config.ConfigEditor;
import dev.vorzimmer.app.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallsFormTest {
  @TempDir Path dir;

  @Test
  void savedValuesAreWhatThePhoneReadsAtItsNextStartAndTheRestOfTheFileStays() throws Exception {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "# my phone\n[screening]\nregion = \"AT\"\n");
    AppConfig saved = new CallsForm(40, false, 600, 5).save(new ConfigEditor(file));
    AppConfig reread = new ConfigLoader().load(file);
    assertThat(reread.calls()).isEqualTo(saved.calls());
    assertThat(CallsForm.of(reread.calls())).isEqualTo(new CallsForm(40, false, 600, 5));
    assertThat(reread.screening().region()).isEqualTo("AT");
    assertThat(Files.readString(file)).startsWith("# my phone\n").contains("busy = \"reject\"");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void theRangesAreTheOnesTheConfigurationAccepts() throws Exception {
    Path file = dir.resolve("config.toml");
    new CallsForm(
            CallsForm.RING_RANGE[1],
            true,
            CallsForm.MAX_MESSAGE_RANGE[1],
            CallsForm.SILENCE_RANGE[1])
        .save(new ConfigEditor(file));
    new CallsForm(
            CallsForm.RING_RANGE[0],
            true,
            CallsForm.MAX_MESSAGE_RANGE[0],
            CallsForm.SILENCE_RANGE[0])
        .save(new ConfigEditor(file));
    CallsAndVoicemailSettings read = new ConfigLoader().load(file).calls();
    assertThat(read.ringSeconds()).isEqualTo(1);
    assertThat(read.maxMessageSeconds()).isEqualTo(10);
    assertThat(read.silenceSeconds()).isEqualTo(2);
  }
}
