package dev.vorzimmer.media.internal.jitsi;

import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Child JVM for {@link DeviceLayerSafetyIT}: starts the device layer with the given libpulse name,
 * opens the preferred microphone and speaker, and prints what it found. If libjitsi's PortAudio ran
 * without libpulse loaded globally, this process would die with "symbol lookup error" instead.
 */
public final class DeviceLayerMain {

  private DeviceLayerMain() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    NativeAudioProbe.Libraries libraries = new NativeAudioProbe.Libraries(args[1]);
    try (AudioDevices devices = JitsiAudioDevices.open(data, libraries)) {
      System.out.println(
          "portaudio-disabled="
              + Boolean.getBoolean(JitsiEnvironment.PORTAUDIO_SYSTEM + JitsiEnvironment.DISABLED));
      System.out.println(
          "pulseaudio-disabled="
              + Boolean.getBoolean(JitsiEnvironment.PULSEAUDIO_SYSTEM + JitsiEnvironment.DISABLED));
      System.out.println("inputs=" + devices.inputs());
      System.out.println("problem=" + devices.problem().map(Object::toString).orElse("none"));
      try (AudioSource in = devices.openInput(Optional.empty());
          AudioSink out = devices.openOutput(Optional.empty())) {
        in.read(new short[160]);
        out.write(new short[160], 0, 160);
        System.out.println("opened=" + in.name() + " / " + out.name());
      }
    }
    System.out.println("ok");
  }
}
