package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.SampleAudioSource;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GreetingRecordingTest {
  @TempDir Path dir;

  private static void record(GreetingRecording r, int frames) {
    SampleAudioSource tone = SampleAudioSource.tone(440, 8000);
    short[] frame = new short[160];
    for (int i = 0; i < frames; i++) {
      tone.read(frame);
      r.append(frame, frame.length);
    }
  }

  @Test
  void stopsTakingSamplesAtTheMaximumLength() {
    GreetingRecording r = new GreetingRecording(Duration.ofMillis(50)); // 400 samples
    short[] frame = new short[160];
    assertThat(r.append(frame, 160)).isTrue();
    assertThat(r.append(frame, 160)).isTrue();
    assertThat(r.append(frame, 160)).as("full after the third frame").isFalse();
    assertThat(r.full()).isTrue();
    assertThat(r.append(frame, 160)).isFalse();
    assertThat(r.greeting().length()).isEqualTo(400);
    assertThat(r.elapsed()).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void savesAn8kMonoWavWithTheRecordedSound() throws Exception {
    GreetingRecording r = new GreetingRecording(Duration.ofSeconds(30));
    record(r, 100); // 2 s
    Path out = dir.resolve("greetings").resolve("default.wav");
    Greeting saved = r.save(out);
    assertThat(saved.duration()).isEqualTo(Duration.ofSeconds(2));
    AudioFormat format = AudioSystem.getAudioFileFormat(out.toFile()).getFormat();
    assertThat(format.getSampleRate()).isEqualTo(8000f);
    assertThat(format.getChannels()).isEqualTo(1);
    assertThat(format.getSampleSizeInBits()).isEqualTo(16);
    short[] back = Greeting.fromWav(out).samples();
    assertThat(back).hasSize(16_000);
    assertThat(ToneDevices.crossingsPerSecond(back)).isBetween(860, 900);
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(out);
    }
  }

  @Test
  void anEmptyRecordingIsNotSavedAndTheOldGreetingStays() throws Exception {
    Path out = dir.resolve("anonymous.wav");
    GreetingRecording first = new GreetingRecording(Duration.ofSeconds(5));
    record(first, 50);
    first.save(out);
    byte[] before = Files.readAllBytes(out);
    assertThatThrownBy(() -> new GreetingRecording(Duration.ofSeconds(5)).save(out))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nothing was recorded");
    assertThat(Files.readAllBytes(out)).isEqualTo(before);
  }

  @Test
  void aMaximumBeyondTheLongestGreetingIsRefused() {
    assertThatThrownBy(() -> new GreetingRecording(Duration.ofSeconds(Greeting.MAX_SECONDS + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GreetingRecording(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
