package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.internal.rtp.WavHeader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingRecoveryTest {

  @TempDir Path dir;

  private static byte[] partFile(int declaredDataBytes, short[] samples, boolean halfSample) {
    ByteBuffer header = WavHeader.of(8000, declaredDataBytes);
    ByteBuffer b = ByteBuffer.allocate(44 + samples.length * 2 + 1).order(ByteOrder.LITTLE_ENDIAN);
    b.put(header);
    for (short s : samples) {
      b.putShort(s);
    }
    if (halfSample) {
      b.put((byte) 0x7F);
    }
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  @Test
  void repairsStaleSizesAndDropsAHalfSample() throws IOException {
    short[] audio = WavFiles.signal(12_000, 4);
    Files.write(dir.resolve("a.wav.part"), partFile(0, audio, true));

    List<RecordingRecovery.Recovered> result = RecordingRecovery.recover(dir);

    assertThat(result)
        .containsExactly(
            new RecordingRecovery.Recovered(
                dir.resolve("a.wav"), java.time.Duration.ofMillis(1500)));
    assertThat(WavFiles.read(dir.resolve("a.wav"))).containsExactly(audio);
    assertThat(dir.resolve("a.wav.part")).doesNotExist();
  }

  @Test
  void aPartWithOnlyAPartialHeaderBecomesAnEmptyValidWav() throws IOException {
    Files.write(
        dir.resolve("b.wav.part"), java.util.Arrays.copyOf(partFile(0, new short[0], false), 20));
    List<RecordingRecovery.Recovered> result = RecordingRecovery.recover(dir);
    assertThat(result).singleElement().satisfies(r -> assertThat(r.duration()).isZero());
    assertThat(WavFiles.read(dir.resolve("b.wav"))).isEmpty();
  }

  @Test
  void doesNotReplaceAnExistingMessageWithTheSameName() throws IOException {
    Files.write(dir.resolve("c.wav"), new byte[] {42});
    Files.write(dir.resolve("c.wav.part"), partFile(0, WavFiles.signal(800, 5), false));
    List<RecordingRecovery.Recovered> result = RecordingRecovery.recover(dir);
    assertThat(result)
        .singleElement()
        .satisfies(r -> assertThat(r.file()).isEqualTo(dir.resolve("c-recovered-1.wav")));
    assertThat(Files.readAllBytes(dir.resolve("c.wav"))).containsExactly(42);
  }

  @Test
  void leavesFilesThatAreNotWavAlone() throws IOException {
    byte[] junk =
        "this is not audio at all, just text".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(dir.resolve("d.wav.part"), junk);
    Files.write(dir.resolve("e.txt"), junk);
    assertThat(RecordingRecovery.recover(dir)).isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("d.wav.part"))).isEqualTo(junk);
  }
}
