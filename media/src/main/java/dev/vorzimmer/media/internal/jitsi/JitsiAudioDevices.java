package dev.vorzimmer.media.internal.jitsi;

import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.DeviceProblem.Kind;
import dev.vorzimmer.media.internal.audio.NoDevice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.media.Manager;
import javax.media.MediaLocator;
import javax.media.NoDataSourceException;
import javax.media.Renderer;
import javax.media.ResourceUnavailableException;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.AudioSystem.DataFlow;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jitsi.impl.neomedia.device.DeviceSystem;
import org.jitsi.impl.neomedia.jmfext.media.renderer.audio.AbstractAudioRenderer;
import org.jitsi.service.libjitsi.LibJitsi;
import org.jitsi.utils.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AudioDevices} on libjitsi's audio systems (PulseAudio, PortAudio, and the silent
 * "audiosilence" capture clock that works without any sound card). Device start and stop run on the
 * caller's thread, except the release after {@code close()} of a microphone, which runs on one
 * "vorzimmer-audio-release" thread so that hanging up never waits for a device.
 */
public final class JitsiAudioDevices implements AudioDevices {

  private static final Logger LOG = LoggerFactory.getLogger(JitsiAudioDevices.class);
  private static final String SILENCE_PROTOCOL = AudioSystem.LOCATOR_PROTOCOL_AUDIOSILENCE;
  private static final String NONE_PROTOCOL = "none";
  private static final String NO_TRANSFER = "noTransferData";

  private record Entry(AudioDevice device, AudioSystem system, boolean silent) {}

  /** Held so the logging levels it set stay (java.util.logging forgets unreferenced loggers). */
  private final JitsiEnvironment environment;

  private final List<Entry> inputs;
  private final List<Entry> outputs;
  private final String probeNote;
  private final Optional<PulseDeviceWatch> watch;
  private final ExecutorService releaser =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "vorzimmer-audio-release");
            t.setDaemon(true);
            return t;
          });

  private JitsiAudioDevices(
      JitsiEnvironment environment,
      List<Entry> inputs,
      List<Entry> outputs,
      String probeNote,
      Optional<PulseDeviceWatch> watch) {
    this.environment = environment;
    this.inputs = inputs;
    this.outputs = outputs;
    this.probeNote = probeNote;
    this.watch = watch;
  }

  /** See {@link AudioDevices#open(Path)}. */
  public static AudioDevices open(Path dataDir) {
    return open(dataDir, NativeAudioProbe.Libraries.LINUX);
  }

  /**
   * As {@link #open(Path)}, probing the given native library names (tests simulate missing ones).
   */
  static AudioDevices open(Path dataDir, NativeAudioProbe.Libraries libraries) {
    JitsiEnvironment environment = new JitsiEnvironment();
    try {
      environment.useDataDir(dataDir);
    } catch (IOException e) {
      LOG.error("cannot create libjitsi's folders under {}", dataDir, e);
      return AudioDevices.none("cannot create " + dataDir + ": " + e.getMessage());
    }
    NativeAudioProbe.Verdict verdict =
        NativeAudioProbe.probe(System.getProperty("os.name", ""), libraries);
    environment.apply(verdict);
    environment.quietLogging();
    try {
      LibJitsi.start();
      DeviceSystem.initializeDeviceSystems(MediaType.AUDIO);
      List<Entry> inputs = new ArrayList<>();
      List<Entry> outputs = new ArrayList<>();
      scan(inputs, outputs);
      LOG.info("audio devices: inputs {}, outputs {}", names(inputs), names(outputs));
      return new JitsiAudioDevices(
          environment, inputs, outputs, verdict.reason(), PulseDeviceWatch.start());
    } catch (RuntimeException | LinkageError e) {
      LOG.error("libjitsi's audio device layer did not start", e);
      return AudioDevices.none("libjitsi did not start: " + e);
    }
  }

  private static void scan(List<Entry> inputs, List<Entry> outputs) {
    List<Entry> silent = new ArrayList<>();
    AudioSystem[] systems = AudioSystem.getAudioSystems();
    for (AudioSystem system : systems == null ? new AudioSystem[0] : systems) {
      String protocol = system.getLocatorProtocol();
      if (NONE_PROTOCOL.equalsIgnoreCase(protocol)) {
        continue;
      }
      boolean isSilence = SILENCE_PROTOCOL.equalsIgnoreCase(protocol);
      for (CaptureDeviceInfo2 info : system.getDevices(DataFlow.CAPTURE)) {
        String id = info.getLocator().toExternalForm();
        if (!id.endsWith(NO_TRANSFER)) {
          (isSilence ? silent : inputs)
              .add(new Entry(new AudioDevice(id, info.getName()), system, isSilence));
        }
      }
      for (CaptureDeviceInfo2 info : system.getDevices(DataFlow.PLAYBACK)) {
        outputs.add(
            new Entry(
                new AudioDevice(info.getLocator().toExternalForm(), info.getName()),
                system,
                false));
      }
    }
    inputs.addAll(silent);
  }

  private static List<String> names(List<Entry> entries) {
    return entries.stream().map(e -> e.device().name()).toList();
  }

  @Override
  public List<AudioDevice> inputs() {
    return inputs.stream().map(Entry::device).toList();
  }

  @Override
  public List<AudioDevice> outputs() {
    return outputs.stream().map(Entry::device).toList();
  }

  @Override
  public Optional<DeviceProblem> problem() {
    boolean microphone = inputs.stream().anyMatch(e -> !e.silent());
    if (microphone && !outputs.isEmpty()) {
      return Optional.empty();
    }
    String missing =
        !microphone && outputs.isEmpty()
            ? "no microphone and no speaker found"
            : microphone ? "no speaker found" : "no microphone found";
    return Optional.of(
        new DeviceProblem(
            Kind.NO_DEVICE, probeNote.isEmpty() ? missing : missing + " (" + probeNote + ")"));
  }

  @Override
  public AudioSource openInput(Optional<AudioDevice> device) {
    Optional<Entry> entry = choose(inputs, stillThere(false, device));
    if (entry.isEmpty()) {
      return new NoDevice("no microphone", noDevice("microphone", device));
    }
    Entry e = entry.get();
    DeviceProblem inherent =
        e.silent()
            ? new DeviceProblem(
                Kind.NO_DEVICE, "no microphone found; libjitsi's silence device stands in")
            : null;
    try {
      JitsiCapture capture =
          JitsiCapture.start(
              Manager.createDataSource(new MediaLocator(e.device().id())),
              e.device().name(),
              inherent,
              releaser);
      watch.ifPresent(w -> capture.followedBy(w.follow(false, e.device().id(), capture::movedTo)));
      return capture;
    } catch (IOException | NoDataSourceException | RuntimeException ex) {
      LOG.warn("cannot open microphone {} ({})", e.device().name(), e.device().id(), ex);
      return new NoDevice(
          e.device().name(),
          new DeviceProblem(Kind.FAILED, e.device().name() + ": " + ex.getMessage()));
    }
  }

  @Override
  public AudioSink openOutput(Optional<AudioDevice> device) {
    Optional<Entry> entry = choose(outputs, stillThere(true, device));
    if (entry.isEmpty()) {
      return new NoDevice("no speaker", noDevice("speaker", device));
    }
    Entry e = entry.get();
    try {
      Renderer renderer = e.system().createRenderer(true);
      if (renderer == null) {
        throw new ResourceUnavailableException(e.system() + " has no renderer");
      }
      if (renderer instanceof AbstractAudioRenderer<?> audioRenderer) {
        audioRenderer.setLocator(new MediaLocator(e.device().id()));
      }
      JitsiPlayback playback = JitsiPlayback.start(renderer, e.device().name());
      watch.ifPresent(w -> playback.followedBy(w.follow(true, e.device().id(), playback::movedTo)));
      return playback;
    } catch (ResourceUnavailableException | RuntimeException ex) {
      LOG.warn("cannot open speaker {} ({})", e.device().name(), e.device().id(), ex);
      return new NoDevice(
          e.device().name(),
          new DeviceProblem(Kind.FAILED, e.device().name() + ": " + ex.getMessage()));
    }
  }

  /**
   * {@code wanted}, or the system's preferred device when the sound server says {@code wanted} left
   * since the devices were listed (a headset unplugged during an earlier call).
   */
  private Optional<AudioDevice> stillThere(boolean playback, Optional<AudioDevice> wanted) {
    if (wanted.isPresent()
        && watch.isPresent()
        && !watch.get().present(playback, wanted.get().id())) {
      LOG.info("{} is not connected any more; using the system default", wanted.get().name());
      return Optional.empty();
    }
    return wanted;
  }

  private static Optional<Entry> choose(List<Entry> entries, Optional<AudioDevice> wanted) {
    if (wanted.isEmpty()) {
      return entries.stream().findFirst();
    }
    return entries.stream().filter(e -> e.device().id().equals(wanted.get().id())).findFirst();
  }

  private DeviceProblem noDevice(String what, Optional<AudioDevice> wanted) {
    String detail =
        wanted
            .map(d -> d.name() + " is not connected any more")
            .orElse("no " + what + " found" + (probeNote.isEmpty() ? "" : " (" + probeNote + ")"));
    return new DeviceProblem(Kind.NO_DEVICE, detail);
  }

  /** Stops the release thread after pending releases; libjitsi itself stays loaded (JVM-wide). */
  @Override
  public void close() {
    releaser.shutdown();
    watch.ifPresent(PulseDeviceWatch::close);
  }
}
