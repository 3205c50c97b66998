package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.view.Sound;
import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.ui.common.WindowPlacement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The microphone and speaker the user chose in Settings, remembered by device id in {@code
 * window.properties} ({@code audio.input}, {@code audio.output}) and handed to {@link Sound} for
 * the next call. A remembered device that is no longer there means the system default until it
 * comes back. No Swing; file access off the EDT.
 */
final class DeviceChoice {
  static final String INPUT = "audio.input";
  static final String OUTPUT = "audio.output";
  private static final Logger log = LoggerFactory.getLogger(DeviceChoice.class);
  private final WindowPlacement file;
  private final Sound sound;

  DeviceChoice(WindowPlacement file, Sound sound) {
    this.file = file;
    this.sound = sound;
  }

  /** Applies the remembered choice to the sound devices, given the devices present now. */
  void restore(AudioDevices devices) {
    Optional<String> in = file.text(INPUT);
    Optional<String> out = file.text(OUTPUT);
    Optional<AudioDevice> input = find(devices.inputs(), in);
    Optional<AudioDevice> output = find(devices.outputs(), out);
    if (in.isPresent() && input.isEmpty() || out.isPresent() && output.isEmpty()) {
      log.info(
          "a chosen sound device is not present (microphone {}, speaker {}); using the system default",
          in.orElse("-"),
          out.orElse("-"));
    }
    sound.choose(input, output);
  }

  /** Uses {@code input} and {@code output} from the next call on and remembers them. */
  void choose(Optional<AudioDevice> input, Optional<AudioDevice> output) {
    sound.choose(input, output);
    file.saveText(INPUT, input.map(AudioDevice::id));
    file.saveText(OUTPUT, output.map(AudioDevice::id));
  }

  /**
   * The device in {@code devices} with the given id; empty when there is no id or no such device.
   */
  static Optional<AudioDevice> find(List<AudioDevice> devices, Optional<String> id) {
    return id.flatMap(wanted -> devices.stream().filter(d -> d.id().equals(wanted)).findFirst());
  }
}
