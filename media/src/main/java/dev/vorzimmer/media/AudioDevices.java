package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.audio.NoDevice;
import dev.vorzimmer.media.internal.jitsi.JitsiAudioDevices;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The sound devices of this machine for live calls: lists microphones and speakers and opens them
 * as 8 kHz 16-bit mono {@link AudioSource}s and {@link AudioSink}s. A missing or broken device is
 * never an exception: opening it returns a stand-in that reads silence or discards audio and whose
 * {@code problem()} says why, so a call can go on (and the user be told).
 *
 * <p>Create one at application start with {@link #open(Path)}, off the UI thread (it loads native
 * libraries and probes the sound system, which can take a second), and close it at exit.
 */
public interface AudioDevices extends AutoCloseable {

  /**
   * Starts the device layer (libjitsi's audio systems) with its configuration and caches under
   * {@code dataDir/libjitsi} and {@code dataDir/cache}, never in {@code $HOME}. PortAudio and
   * PulseAudio are used only if their native libraries load safely; otherwise only a silent capture
   * clock remains and the devices report {@link DeviceProblem.Kind#NO_DEVICE}.
   *
   * <p>Once per JVM: libjitsi keeps global state. Blocks while the device layer starts. Its
   * java.util.logging output is routed into SLF4J only if the application installed the
   * jul-to-slf4j bridge ({@code SLF4JBridgeHandler.install()}); its level is capped at WARNING.
   *
   * @param dataDir the application's data folder (created if missing)
   * @return the devices; never throws for a missing sound card or native library
   */
  static AudioDevices open(Path dataDir) {
    return JitsiAudioDevices.open(dataDir);
  }

  /** No devices at all (e.g. headless mode): every open returns a silent stand-in. */
  static AudioDevices none(String reason) {
    DeviceProblem problem = new DeviceProblem(DeviceProblem.Kind.UNAVAILABLE, reason);
    return new AudioDevices() {
      @Override
      public List<AudioDevice> inputs() {
        return List.of();
      }

      @Override
      public List<AudioDevice> outputs() {
        return List.of();
      }

      @Override
      public Optional<DeviceProblem> problem() {
        return Optional.of(problem);
      }

      @Override
      public AudioSource openInput(Optional<AudioDevice> device) {
        return new NoDevice("no microphone", problem);
      }

      @Override
      public AudioSink openOutput(Optional<AudioDevice> device) {
        return new NoDevice("no speaker", problem);
      }

      @Override
      public void close() {
        // nothing was started
      }
    };
  }

  /** Microphones found, the preferred first. */
  List<AudioDevice> inputs();

  /** Speakers found, the preferred first. */
  List<AudioDevice> outputs();

  /**
   * Why the device layer as a whole is unusable (e.g. no native sound system); empty if it works.
   */
  Optional<DeviceProblem> problem();

  /**
   * Opens a microphone and starts capturing. May block briefly while the device starts.
   *
   * @param device one of {@link #inputs()}, or empty for the preferred one
   * @return the source; a silent stand-in with a {@code problem()} if none is usable
   */
  AudioSource openInput(Optional<AudioDevice> device);

  /**
   * Opens a speaker and starts its playback thread. May block briefly while the device starts.
   *
   * @param device one of {@link #outputs()}, or empty for the preferred one
   * @return the sink; a discarding stand-in with a {@code problem()} if none is usable
   */
  AudioSink openOutput(Optional<AudioDevice> device);

  /**
   * Releases the device layer's resources that are not tied to an open source or sink; idempotent.
   */
  @Override
  void close();
}
