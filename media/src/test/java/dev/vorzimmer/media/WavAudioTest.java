package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages, recordings and greetings read and written as 8 kHz mono WAV. */
class WavAudioTest {

  @TempDir Path dir;

  @Test
  void writtenSamplesReadBackExactlyAndTheJdkSeesCanonicalWav() throws Exception {
    short[] signal = WavFiles.signal(12_000, 3);
    Path out = dir.resolve("m.wav");
    WavAudio.write(out, signal);
    assertThat(WavFiles.read(out)).as("javax.sound's own parser").containsExactly(signal);
    assertThat(WavAudio.read(out, Duration.ofMinutes(1))).containsExactly(signal);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(out);
    }
  }

  @Test
  void aStereoFileAtAnotherRateIsMixedDownTo8kHz() throws Exception {
    int rate = 44_100;
    ByteBuffer pcm = ByteBuffer.allocate(rate / 2 * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < rate / 2; i++) {
      short s = (short) Math.round(10_000 * Math.sin(2 * Math.PI * 440 * i / rate));
      pcm.putShort(s).putShort(s);
    }
    Path in = dir.resolve("stereo.wav");
    WavFiles.write(in, new AudioFormat(rate, 16, 2, true, false), pcm.array());
    short[] read = WavAudio.read(in, Duration.ofMinutes(1));
    assertThat(read.length).isBetween(3990, 4000);
    int crossings = 0;
    for (int i = 1; i < read.length; i++) {
      crossings += (read[i - 1] < 0) != (read[i] < 0) ? 1 : 0;
    }
    assertThat(crossings * 2).as("440 Hz kept: 880 sign changes a second").isBetween(860, 900);
  }

  @Test
  void audioLongerThanAllowedIsRefused() throws Exception {
    Path out = dir.resolve("long.wav");
    WavAudio.write(out, new short[3 * 8000]);
    assertThatThrownBy(() -> WavAudio.read(out, Duration.ofSeconds(2)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("longer than 2 s");
  }

  @Test
  void whatIsNotAudioGetsAPlainError() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.wav"), "this is not a wave file");
    assertThatThrownBy(() -> WavAudio.read(junk, Duration.ofMinutes(1)))
        .isInstanceOf(IOException.class)
        .hasMessage("unsupported audio file " + junk + ": not a WAV, AIFF or AU file");
    assertThatThrownBy(() -> WavAudio.read(dir.resolve("missing.wav"), Duration.ofMinutes(1)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing.wav");
  }

  @Test
  void aFailedWriteLeavesTheOldFile() throws Exception {
    Path out = dir.resolve("greeting.wav");
    WavAudio.write(out, new short[] {1, 2, 3});
    byte[] before = Files.readAllBytes(out);
    Files.createDirectory(dir.resolve("greeting.wav.tmp")); // the temporary file cannot be created
    assertThatThrownBy(() -> WavAudio.write(out, new short[] {4, 5, 6}))
        .isInstanceOf(IOException.class);
    assertThat(Files.readAllBytes(out)).isEqualTo(before);
  }
}
