package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSafeWavWriterTest {

  @TempDir Path dir;

  @Test
  void finishedRecordingIsAValidWavWithEverySampleAndNoPartFileLeft() throws IOException {
    Path target = dir.resolve("msg.wav");
    short[] audio = WavFiles.signal(8000 * 3 + 123, 1);
    try (CrashSafeWavWriter w = CrashSafeWavWriter.create(target)) {
      for (int i = 0; i < audio.length; i += 160) {
        w.write(audio, i, Math.min(160, audio.length - i));
      }
      assertThat(Files.exists(target)).isFalse();
      assertThat(w.finish()).isEqualTo(target);
    }
    assertThat(WavFiles.read(target)).containsExactly(audio);
    assertThat(CrashSafeWavWriter.partFileOf(target)).doesNotExist();
  }

  @Test
  void partFileHoldsAllButTheLastSecondWhileRecording() throws IOException {
    Path target = dir.resolve("msg.wav");
    short[] audio = WavFiles.signal(8000 * 5 / 2, 2);
    CrashSafeWavWriter w = CrashSafeWavWriter.create(target);
    for (int i = 0; i < audio.length; i += 160) {
      w.write(audio, i, 160);
    }
    // simulated crash: copy what is on disk now, never close the writer
    Path crashDir = Files.createDirectory(dir.resolve("after-crash"));
    Files.copy(CrashSafeWavWriter.partFileOf(target), crashDir.resolve("msg.wav.part"));

    List<RecordingRecovery.Recovered> recovered = RecordingRecovery.recover(crashDir);

    assertThat(recovered).hasSize(1);
    Path file = recovered.get(0).file();
    assertThat(file).isEqualTo(crashDir.resolve("msg.wav"));
    short[] samples = WavFiles.read(file);
    assertThat(samples.length).isGreaterThanOrEqualTo(audio.length - 8000);
    assertThat(samples).containsExactly(Arrays.copyOf(audio, samples.length));
    assertThat(recovered.get(0).duration().toMillis()).isEqualTo(samples.length / 8);
    w.abandon();
  }

  @Test
  void explicitFlushPutsEverythingOnDisk() throws IOException {
    Path target = dir.resolve("m.wav");
    short[] audio = WavFiles.signal(800, 3);
    CrashSafeWavWriter w = CrashSafeWavWriter.create(target);
    w.write(audio, 0, audio.length);
    w.flush();
    Path copy = dir.resolve("copy.wav");
    Files.copy(CrashSafeWavWriter.partFileOf(target), copy);
    assertThat(WavFiles.read(copy)).containsExactly(audio);
    w.abandon();
  }

  @Test
  void neverOverwritesAnExistingMessage() throws IOException {
    Path target = dir.resolve("old.wav");
    Files.write(target, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> CrashSafeWavWriter.create(target))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
  }

  @Test
  void missingDirectoryFailsAtCreate() {
    assertThatThrownBy(() -> CrashSafeWavWriter.create(dir.resolve("no/such/dir/m.wav")))
        .isInstanceOf(IOException.class);
  }
}
