package dev.vorzimmer.app;

import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The microphone and speaker for calls the user takes, opened once in the background (libjitsi
 * takes a moment to start and must never delay the window or the SIP stack). Until they are open,
 * and when there is no usable device, {@link #current()} gives stand-ins that send silence and
 * discard what the caller says — the call still works and can go to voicemail.
 *
 * <p>The user may {@link #choose} a microphone and a speaker; {@link #openInput()} and {@link
 * #openOutput()} open the chosen ones (or the system's preferred ones) for the next call.
 */
public final class SoundDevices implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SoundDevices.class);
  private final CompletableFuture<AudioDevices> opened;
  private final AudioDevices meanwhile;
  private volatile Choice choice = new Choice(Optional.empty(), Optional.empty());

  /** The chosen devices; empty means the system's preferred one. */
  private record Choice(Optional<AudioDevice> input, Optional<AudioDevice> output) {}

  private SoundDevices(CompletableFuture<AudioDevices> opened, AudioDevices meanwhile) {
    this.opened = opened;
    this.meanwhile = meanwhile;
  }

  /** No sound devices at all (headless runs, the CLI): live calls send silence. */
  public static SoundDevices none(String reason) {
    AudioDevices none = AudioDevices.none(reason);
    return new SoundDevices(CompletableFuture.completedFuture(none), none);
  }

  /** Devices that are already open (tests, embedding). */
  public static SoundDevices of(AudioDevices devices) {
    return new SoundDevices(CompletableFuture.completedFuture(devices), devices);
  }

  /**
   * Starts opening the system's devices (libjitsi, its files under {@code dataDir}) on a background
   * thread.
   */
  public static SoundDevices openInBackground(Path dataDir) {
    CompletableFuture<AudioDevices> future = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                AudioDevices devices = AudioDevices.open(dataDir);
                devices
                    .problem()
                    .ifPresentOrElse(
                        p -> log.info("sound devices: {} ({})", p.kind(), p.detail()),
                        () ->
                            log.info(
                                "sound devices: {} input(s), {} output(s)",
                                devices.inputs().size(),
                                devices.outputs().size()));
                future.complete(devices);
              } catch (RuntimeException | LinkageError e) {
                log.error("could not start the sound devices; calls you take will be silent", e);
                future.complete(AudioDevices.none("the sound system failed to start: " + e));
              }
            },
            "vorzimmer-sound-init");
    t.setDaemon(true);
    t.start();
    return new SoundDevices(future, AudioDevices.none("the sound devices are still starting"));
  }

  /** The devices to use for a call starting now. */
  public AudioDevices current() {
    return opened.getNow(meanwhile);
  }

  /**
   * Calls {@code listener} once the devices are open (at once, on this thread, if they already
   * are).
   */
  public void whenReady(Consumer<AudioDevices> listener) {
    opened.thenAccept(listener);
  }

  /**
   * Uses {@code input} and {@code output} for calls from now on; empty means the system's preferred
   * device. Thread-safe.
   */
  public void choose(Optional<AudioDevice> input, Optional<AudioDevice> output) {
    choice =
        new Choice(
            Objects.requireNonNull(input, "input"), Objects.requireNonNull(output, "output"));
    log.info(
        "sound devices chosen: microphone {}, speaker {}",
        input.map(AudioDevice::name).orElse("system default"),
        output.map(AudioDevice::name).orElse("system default"));
  }

  /** The chosen microphone; empty for the system's preferred one. */
  public Optional<AudioDevice> chosenInput() {
    return choice.input();
  }

  /** The chosen speaker; empty for the system's preferred one. */
  public Optional<AudioDevice> chosenOutput() {
    return choice.output();
  }

  /** Opens the chosen microphone (may block briefly; never on the UI or SIP thread). */
  public AudioSource openInput() {
    return current().openInput(choice.input());
  }

  /** Opens the chosen speaker (may block briefly; never on the UI or SIP thread). */
  public AudioSink openOutput() {
    return current().openOutput(choice.output());
  }

  @Override
  public void close() {
    opened.thenAccept(AudioDevices::close);
  }
}
