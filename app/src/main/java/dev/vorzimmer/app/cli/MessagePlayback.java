package dev.vorzimmer.app.cli;

import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.PacedSink;
import dev.vorzimmer.media.WavAudio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Plays a message for {@code vorzimmer messages play} as the window does: through media's device
 * layer ({@link AudioDevices}, libjitsi) on the speaker chosen in Settings (remembered by device id
 * as {@code audio.output} in {@code DATA/window.properties}; the system default when none is chosen
 * or it is not connected), in real time through a {@link PacedSink}.
 */
final class MessagePlayback {
  /** The key the window's Settings remember the speaker under (ui.settings.DeviceChoice). */
  static final String OUTPUT_KEY = "audio.output";

  private static final int FRAME = WavAudio.RATE / 50;

  /** Silence after the message, so the device's own buffer plays out before it is closed. */
  private static final int TAIL_FRAMES = 15;

  private MessagePlayback() {}

  /**
   * Plays {@code file} to the end (blocking).
   *
   * @return why nothing could be played (no sound device), or empty when it was played
   * @throws IOException if the file is not readable audio
   */
  static Optional<DeviceProblem> play(Path dataDir, Path file)
      throws IOException, InterruptedException {
    short[] samples = WavAudio.read(file, Duration.ofHours(2));
    try (AudioDevices devices = AudioDevices.open(dataDir)) {
      AudioSink sink = devices.openOutput(chosenOutput(dataDir, devices));
      if (sink.problem().isPresent()) {
        sink.close();
        return sink.problem();
      }
      try (PacedSink paced = new PacedSink(sink, Duration.ofMillis(100))) {
        for (int i = 0; i < samples.length; i += FRAME) {
          paced.write(samples, i, Math.min(FRAME, samples.length - i));
        }
        short[] silence = new short[FRAME];
        for (int i = 0; i < TAIL_FRAMES; i++) {
          paced.write(silence, 0, FRAME);
        }
        paced.drain();
      }
      return Optional.empty();
    }
  }

  /** The speaker chosen in Settings, if it is present now. */
  static Optional<AudioDevice> chosenOutput(Path dataDir, AudioDevices devices) throws IOException {
    Properties settings = new Properties();
    try (InputStream in = Files.newInputStream(dataDir.resolve("window.properties"))) {
      settings.load(in);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    String id = settings.getProperty(OUTPUT_KEY, "").strip();
    return devices.outputs().stream().filter(d -> d.id().equals(id)).findFirst();
  }
}
