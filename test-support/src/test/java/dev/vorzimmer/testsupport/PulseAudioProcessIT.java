package dev.vorzimmer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.audio.ToneMeter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The private sound server itself: its microphone plays the tone it was given, what is played to
 * its speaker can be recorded from the monitor, the speaker can be unplugged, nothing lands in the
 * real home folder, and closing stops the daemon and removes its folders.
 */
class PulseAudioProcessIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  @TempDir Path dir;

  @Test
  void theMicrophonePlaysItsToneAndTheSpeakersMonitorHearsWhatIsPlayed() throws Exception {
    Map<Path, Long> homeBefore = pulseFilesInRealHome();
    long pid;
    try (PulseAudioProcess pulse = PulseAudioProcess.start(dir.resolve("pa"), 440)) {
      pid = pulse.pid();
      assertThat(pulse.pactl("info")).contains("Server Name: pulseaudio");
      assertThat(pulse.pactl("list", "short", "sinks")).contains(PulseAudioProcess.SPEAKER);
      assertThat(pulse.pactl("list", "short", "sources")).contains(PulseAudioProcess.MICROPHONE);

      try (PulseRecording mic = pulse.record(PulseAudioProcess.MICROPHONE)) {
        short[] heard = ToneMeter.tail(mic.await(8000, WAIT), 4000);
        assertThat(heard).as("half a second from the microphone").hasSize(4000);
        assertThat(ToneMeter.rms(heard)).isGreaterThan(1000);
        assertThat(ToneMeter.dominantFrequency(heard)).isEqualTo(440);
      }

      try (PulseRecording monitor = pulse.record(PulseAudioProcess.SPEAKER + ".monitor")) {
        monitor.await(800, WAIT); // parec is connected and recording before the 2 s tone starts
        Process play = play(pulse, 1000);
        try {
          short[] heard = monitor.awaitLoud(3000, WAIT);
          assertThat(ToneMeter.dominantFrequency(heard)).as("the tone played").isEqualTo(1000);
        } finally {
          play.destroyForcibly();
        }
      }

      pulse.unloadModule(pulse.moduleOfSink(PulseAudioProcess.SPEAKER));
      assertThat(pulse.pactl("list", "short", "sinks")).doesNotContain(PulseAudioProcess.SPEAKER);
    }
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("daemon stopped").isEmpty();
    assertThat(dir.resolve("pa/run")).doesNotExist();
    assertThat(dir.resolve("pa/native")).doesNotExist();
    assertThat(pulseFilesInRealHome()).as("nothing written to $HOME").isEqualTo(homeBefore);
  }

  /** Plays a tone into the speaker with pacat (8 kHz mono, 2 s, from stdin). */
  private static Process play(PulseAudioProcess pulse, int hz) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            "pacat",
            "--playback",
            "--device=" + PulseAudioProcess.SPEAKER,
            "--rate=8000",
            "--channels=1",
            "--format=s16le",
            "--raw");
    builder.environment().putAll(pulse.clientEnvironment());
    builder.redirectErrorStream(true);
    Process pacat = builder.start();
    byte[] pcm = new byte[16000 * 2];
    for (int i = 0; i < 16000; i++) {
      short v = (short) (12000 * Math.sin(2 * Math.PI * hz * i / 8000.0));
      pcm[2 * i] = (byte) v;
      pcm[2 * i + 1] = (byte) (v >> 8);
    }
    try (OutputStream in = pacat.getOutputStream()) {
      in.write(pcm);
    }
    return pacat;
  }

  private static Map<Path, Long> pulseFilesInRealHome() throws IOException {
    Path home = Path.of(System.getProperty("user.home"));
    Map<Path, Long> files = new java.util.TreeMap<>();
    for (Path root : List.of(home.resolve(".config/pulse"), home.resolve(".pulse"))) {
      if (Files.exists(root)) {
        try (Stream<Path> all = Files.walk(root)) {
          for (Path p : all.toList()) {
            files.put(p, Files.getLastModifiedTime(p).toMillis());
          }
        }
      }
    }
    return files;
  }
}
