package dev.vorzimmer.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageAudioTest {
  @TempDir Path dir;

  @Test
  void readsAStoredMessageAsItIs() throws Exception {
    short[] tone = TestWavs.sine(440, 1.5, 8000);
    MessageAudio audio = MessageAudio.read(TestWavs.write(dir.resolve("m.wav"), tone, 8000, 1));
    assertThat(audio.sampleRate()).isEqualTo(8000f);
    assertThat(audio.samples()).containsExactly(tone);
    assertThat(audio.duration()).isEqualTo(Duration.ofMillis(1500));
    assertThat(audio.frame(Duration.ofMillis(750))).isEqualTo(6000);
    assertThat(audio.frame(Duration.ofSeconds(9))).isEqualTo(12000);
  }

  @Test
  void mixesStereoDownTo8kHzForTheSpeaker() throws Exception {
    short[] tone = TestWavs.sine(440, 0.5, 44100);
    MessageAudio audio = MessageAudio.read(TestWavs.write(dir.resolve("s.wav"), tone, 44100, 2));
    assertThat(audio.sampleRate()).isEqualTo(8000f);
    assertThat(audio.duration()).isEqualTo(Duration.ofMillis(500));
    assertThat(TestWavs.zeroCrossings(audio.samples(), 0, audio.frames()) * 2)
        .as("440 Hz kept")
        .isBetween(860, 900);
  }

  @Test
  void aFileThatIsNotAudioGetsAClearError() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.wav"), "this is not a wave file");
    assertThatThrownBy(() -> MessageAudio.read(junk))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a playable WAV file: " + junk);
  }
}
