package dev.vorzimmer.media.internal.jitsi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.PulseAudioSystem;
import org.jitsi.impl.neomedia.pulseaudio.PA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the open PulseAudio microphones and speakers: when one leaves the server's device list (a
 * USB headset pulled, its module unloaded), PulseAudio moves the stream to its default device and
 * libjitsi reports nothing; this watch notices and tells the open device the name of the device it
 * now plays on or records from. libjitsi's JNI has no change subscription, so the lists are read
 * once a second on one "vorzimmer-device-watch" thread, and only while a followed device is open.
 */
final class PulseDeviceWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PulseDeviceWatch.class);
  private static final String PREFIX = AudioSystem.LOCATOR_PROTOCOL_PULSEAUDIO + ":";
  private static final long PERIOD_MS = 1000;

  /** An open device being followed; {@code device} is the PulseAudio name it is on now. */
  private static final class Followed implements AutoCloseable {
    final boolean playback;
    final Consumer<String> movedTo;
    final Set<Followed> all;
    volatile String device;

    Followed(boolean playback, String device, Consumer<String> movedTo, Set<Followed> all) {
      this.playback = playback;
      this.device = device;
      this.movedTo = movedTo;
      this.all = all;
    }

    @Override
    public void close() {
      all.remove(this);
    }
  }

  private final PulseAudioSystem system;
  private final Set<Followed> followed = new CopyOnWriteArraySet<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "vorzimmer-device-watch");
            t.setDaemon(true);
            return t;
          });
  private ScheduledFuture<?> task;

  private PulseDeviceWatch(PulseAudioSystem system) {
    this.system = system;
  }

  /** A watch on libjitsi's PulseAudio system, if it runs. */
  static Optional<PulseDeviceWatch> start() {
    AudioSystem pulse = AudioSystem.getAudioSystem(AudioSystem.LOCATOR_PROTOCOL_PULSEAUDIO);
    return pulse instanceof PulseAudioSystem p
        ? Optional.of(new PulseDeviceWatch(p))
        : Optional.empty();
  }

  /**
   * Follows the open device {@code id} ({@code pulseaudio:NAME}; the default device {@code
   * pulseaudio:} and other systems' devices need no following).
   *
   * @param movedTo gets the description of the device PulseAudio moved the stream to, on the
   *     watch's thread
   * @return closing it stops following
   */
  synchronized AutoCloseable follow(boolean playback, String id, Consumer<String> movedTo) {
    if (!id.startsWith(PREFIX) || id.length() == PREFIX.length() || timer.isShutdown()) {
      return () -> {};
    }
    Followed f = new Followed(playback, id.substring(PREFIX.length()), movedTo, followed);
    followed.add(f);
    if (task == null) {
      task = timer.scheduleWithFixedDelay(this::check, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }
    return f;
  }

  /**
   * Whether the server has the device {@code id} now; true for other systems' devices, the default
   * device, and when the server cannot be asked.
   */
  boolean present(boolean playback, String id) {
    if (!id.startsWith(PREFIX) || id.length() == PREFIX.length()) {
      return true;
    }
    try {
      return list(playback).containsKey(id.substring(PREFIX.length()));
    } catch (RuntimeException e) {
      LOG.warn("cannot read PulseAudio's device list", e);
      return true;
    }
  }

  private void check() {
    if (followed.isEmpty()) {
      stopWhenIdle();
      return;
    }
    try {
      Map<String, String> sinks = list(true);
      Map<String, String> sources = list(false);
      for (Followed f : followed) {
        Map<String, String> present = f.playback ? sinks : sources;
        if (!present.containsKey(f.device)) {
          Optional<String> now = defaultDevice(f.playback);
          String gone = f.device;
          f.device = now.orElse("");
          LOG.info(
              "{} {} is gone; PulseAudio moved the stream to {}",
              f.playback ? "speaker" : "microphone",
              gone,
              now.orElse("nothing"));
          now.map(n -> present.getOrDefault(n, n))
              .ifPresentOrElse(f.movedTo, f::close); // nothing left: the device reports failing
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("cannot read PulseAudio's device list", e);
    }
  }

  private synchronized void stopWhenIdle() {
    if (followed.isEmpty() && task != null) {
      task.cancel(false);
      task = null;
    }
  }

  /** The server's sinks or sources now: PulseAudio name to description, in its order. */
  private Map<String, String> list(boolean sinks) {
    Map<String, String> found = new LinkedHashMap<>();
    long context = system.getContext();
    system.lockMainloop();
    try {
      long op =
          sinks
              ? PA.context_get_sink_info_list(
                  context,
                  (c, i, eol) -> {
                    if (eol == 0 && i != 0) {
                      found.put(PA.sink_info_get_name(i), PA.sink_info_get_description(i));
                    }
                    system.signalMainloop(false);
                  })
              : PA.context_get_source_info_list(
                  context,
                  (c, i, eol) -> {
                    if (eol == 0 && i != 0) {
                      found.put(PA.source_info_get_name(i), PA.source_info_get_description(i));
                    }
                    system.signalMainloop(false);
                  });
      if (op == 0) {
        throw new IllegalStateException("PulseAudio refused to list its devices");
      }
      try {
        while (PA.operation_get_state(op) == PA.OPERATION_RUNNING) {
          system.waitMainloop();
        }
      } finally {
        PA.operation_unref(op);
      }
    } finally {
      system.unlockMainloop();
    }
    return found;
  }

  /**
   * Where PulseAudio puts a new stream now: its default sink or source, which is where it moves the
   * streams of a device that left. Asked with a corked stream that plays nothing.
   */
  private Optional<String> defaultDevice(boolean playback) {
    system.lockMainloop();
    try {
      long stream =
          system.createStream(8000, 1, "vorzimmer device check", PulseAudioSystem.MEDIA_ROLE_PHONE);
      try {
        PA.stream_set_state_callback(stream, () -> system.signalMainloop(false));
        int connected =
            playback
                ? PA.stream_connect_playback(stream, null, 0, PA.STREAM_START_CORKED, 0, 0)
                : PA.stream_connect_record(stream, null, 0, PA.STREAM_START_CORKED);
        if (connected < 0) {
          return Optional.empty();
        }
        try {
          return system.waitForStreamState(stream, PA.STREAM_READY) == PA.STREAM_READY
              ? Optional.ofNullable(PA.stream_get_device_name(stream))
              : Optional.empty();
        } finally {
          PA.stream_disconnect(stream);
        }
      } finally {
        PA.stream_unref(stream);
      }
    } finally {
      system.unlockMainloop();
    }
  }

  /** Stops the watch's thread; open devices are no longer followed. */
  @Override
  public void close() {
    timer.shutdownNow();
  }
}
