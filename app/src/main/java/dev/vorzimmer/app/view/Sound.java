package dev.vorzimmer.app.view;

import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The microphone and speaker the user chose, as the views use them (settings, player, ringtone,
 * greeting recorder); opening and closing the sound system is not here. See {@link SoundDevices}.
 */
public interface Sound {
  /** The devices now: stand-ins that send silence until the sound system is open. */
  AudioDevices current();

  /** Runs {@code listener} once the sound system is open (at once if it is). */
  void whenReady(Consumer<AudioDevices> listener);

  /** Chooses the microphone and speaker for what opens next (empty: the system's preferred). */
  void choose(Optional<AudioDevice> input, Optional<AudioDevice> output);

  /** The chosen microphone, if the user chose one. */
  Optional<AudioDevice> chosenInput();

  /** The chosen speaker, if the user chose one. */
  Optional<AudioDevice> chosenOutput();

  /** Opens the chosen (else the preferred) microphone. */
  AudioSource openInput();

  /** Opens the chosen (else the preferred) speaker. */
  AudioSink openOutput();

  /** {@code devices} seen through this interface. */
  static Sound of(SoundDevices devices) {
    return new Sound() {
      @Override
      public AudioDevices current() {
        return devices.current();
      }

      @Override
      public void whenReady(Consumer<AudioDevices> listener) {
        devices.whenReady(listener);
      }

      @Override
      public void choose(Optional<AudioDevice> input, Optional<AudioDevice> output) {
        devices.choose(input, output);
      }

      @Override
      public Optional<AudioDevice> chosenInput() {
        return devices.chosenInput();
      }

      @Override
      public Optional<AudioDevice> chosenOutput() {
        return devices.chosenOutput();
      }

      @Override
      public AudioSource openInput() {
        return devices.openInput();
      }

      @Override
      public AudioSink openOutput() {
        return devices.openOutput();
      }
    };
  }
}
