package dev.vorzimmer.app.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Main;
import dev.vorzimmer.media.WavAudio;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.testsupport.PulseAudioProcess;
import dev.vorzimmer.testsupport.PulseRecording;
import dev.vorzimmer.testsupport.audio.ToneMeter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vorzimmer messages play ID} on a private PulseAudio: the message's audio reaches the
 * speaker chosen in Settings ({@code audio.output} in {@code window.properties}), recorded from
 * that sink's monitor, and the message is then marked heard.
 */
class MessagesPlayPulseIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  @TempDir Path work;

  @Test
  void theMessageIsHeardOnTheChosenSpeaker() throws Exception {
    Path home = Files.createDirectories(work.resolve("home"));
    Path wav = home.resolve("message.wav");
    WavAudio.write(wav, PulseAudioCallIT.sine(1000, 2));
    long id;
    try (ScreeningStore store = ScreeningStore.open(AppHome.at(home).databaseFile())) {
      id =
          store
              .messages()
              .create(Instant.now(), "+4930123456", "x", List.of(Reason.of("unknown")), wav);
    }
    try (PulseAudioProcess pulse = PulseAudioProcess.start(work.resolve("pulse"), 440)) {
      // the line the tone plays into is listed first and would be the default: choose the speaker
      Files.writeString(
          home.resolve("window.properties"),
          "audio.output=pulseaudio\\:" + PulseAudioProcess.SPEAKER + "\n");
      try (PulseRecording speaker = pulse.record(PulseAudioProcess.SPEAKER + ".monitor")) {
        ProcessBuilder builder =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-Duser.home=" + Files.createDirectories(work.resolve("java-home")),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "--home",
                    home.toString(),
                    "messages",
                    "play",
                    Long.toString(id))
                .redirectErrorStream(true);
        builder.environment().putAll(pulse.clientEnvironment());
        Process cli = builder.start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(cli.exitValue()).as(output).isZero();
        assertThat(output).contains("played message " + id);

        assertThat(speaker.awaitLoud(3000, WAIT))
            .as("the message reached the speaker's monitor")
            .isNotEmpty();
        short[] heard = ToneMeter.loudest(speaker.samples(), 4000);
        assertThat(ToneMeter.dominantFrequency(heard)).isCloseTo(1000, within(25));
      }
    }
    try (ScreeningStore store = ScreeningStore.open(AppHome.at(home).databaseFile())) {
      assertThat(store.messages().find(id)).hasValueSatisfying(m -> assertThat(m.heard()).isTrue());
    }
  }
}
