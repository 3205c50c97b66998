package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.view.Sound;
import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import dev.vorzimmer.media.CollectingAudioSink;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.SampleAudioSource;
import dev.vorzimmer.ui.common.WindowPlacement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceChoiceTest {
  private static final AudioDevice BUILT_IN =
      new AudioDevice("alsa:builtin-in", "Built-in Microphone");
  private static final AudioDevice HEADSET_IN = new AudioDevice("alsa:usb-in", "USB Headset");
  private static final AudioDevice HEADSET_OUT = new AudioDevice("alsa:usb-out", "USB Headset");
  @TempDir Path dir;

  /** Devices that list what they are given and remember which ones were opened. */
  private static final class ListedDevices implements AudioDevices {
    final List<AudioDevice> inputs;
    final List<AudioDevice> outputs;
    final List<Optional<AudioDevice>> opened = new ArrayList<>();

    ListedDevices(List<AudioDevice> inputs, List<AudioDevice> outputs) {
      this.inputs = inputs;
      this.outputs = outputs;
    }

    @Override
    public List<AudioDevice> inputs() {
      return inputs;
    }

    @Override
    public List<AudioDevice> outputs() {
      return outputs;
    }

    @Override
    public Optional<DeviceProblem> problem() {
      return Optional.empty();
    }

    @Override
    public AudioSource openInput(Optional<AudioDevice> device) {
      opened.add(device);
      return SampleAudioSource.tone(440, 100);
    }

    @Override
    public AudioSink openOutput(Optional<AudioDevice> device) {
      opened.add(device);
      return new CollectingAudioSink();
    }

    @Override
    public void close() {
      // nothing open
    }
  }

  @Test
  void theChoiceIsUsedForTheNextCallAndSurvivesARestart() {
    Path file = dir.resolve("window.properties");
    ListedDevices devices = new ListedDevices(List.of(BUILT_IN, HEADSET_IN), List.of(HEADSET_OUT));
    Sound sound = Sound.of(SoundDevices.of(devices));
    new DeviceChoice(new WindowPlacement(file), sound)
        .choose(Optional.of(HEADSET_IN), Optional.empty());
    sound.openInput();
    sound.openOutput();
    assertThat(devices.opened).containsExactly(Optional.of(HEADSET_IN), Optional.empty());

    Sound restarted = Sound.of(SoundDevices.of(devices));
    new DeviceChoice(new WindowPlacement(file), restarted).restore(devices);
    assertThat(restarted.chosenInput()).contains(HEADSET_IN);
    assertThat(restarted.chosenOutput()).isEmpty();
  }

  @Test
  void aRememberedDeviceThatIsGoneMeansTheSystemDefault() throws Exception {
    Path file = dir.resolve("window.properties");
    Files.writeString(file, "width=900\naudio.input=alsa:usb-in\naudio.output=alsa:usb-out\n");
    ListedDevices unplugged = new ListedDevices(List.of(BUILT_IN), List.of(HEADSET_OUT));
    Sound sound = Sound.of(SoundDevices.of(unplugged));
    new DeviceChoice(new WindowPlacement(file), sound).restore(unplugged);
    assertThat(sound.chosenInput()).isEmpty();
    assertThat(sound.chosenOutput()).contains(HEADSET_OUT);
    assertThat(Files.readString(file))
        .as("the file is not rewritten by reading it")
        .contains("audio.input=alsa:usb-in");
  }

  @Test
  void choosingTheSystemDefaultForgetsTheDeviceAndKeepsOtherSettings() {
    Path file = dir.resolve("window.properties");
    WindowPlacement placement = new WindowPlacement(file);
    placement.saveFlag("tray", true);
    DeviceChoice choice = new DeviceChoice(placement, Sound.of(SoundDevices.none("test")));
    choice.choose(Optional.of(BUILT_IN), Optional.of(HEADSET_OUT));
    choice.choose(Optional.empty(), Optional.of(HEADSET_OUT));
    assertThat(placement.text(DeviceChoice.INPUT)).isEmpty();
    assertThat(placement.text(DeviceChoice.OUTPUT)).contains("alsa:usb-out");
    assertThat(placement.flag("tray", false)).isTrue();
  }
}
