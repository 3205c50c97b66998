package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.app.view.Sound;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.PacedSink;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays {@link RingtoneSound} in a loop on its own background thread (never on the EDT) between
 * {@link #start()} and {@link #stop()}, on the speaker the user chose (opened for each ring, closed
 * after it). Without a sound device it stays silent, logs that once at INFO and reports {@link
 * Status#NO_DEVICE}; it never shows an error.
 */
public final class Ringtone implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Ringtone.class);

  /** Samples written per step: 40 ms. */
  private static final int CHUNK = RingtoneSound.samples(40);

  /**
   * Audio queued ahead of the clock: above the speaker's 60 ms prefill; {@link #stop()} closes it
   * at once.
   */
  private static final Duration LEAD = Duration.ofMillis(120);

  /** What the ringtone last did. */
  public enum Status {
    /** Not ringing (or switched off). */
    SILENT,
    /** Playing on a sound device. */
    RINGING,
    /** Asked to ring, but this computer has no usable sound output. */
    NO_DEVICE
  }

  private final Supplier<AudioSink> opener;
  private final Consumer<Status> onStatus;
  private final AtomicBoolean wanted = new AtomicBoolean();
  private final AtomicBoolean noDeviceLogged = new AtomicBoolean();
  private final short[] cycle = RingtoneSound.cycle();
  private final ExecutorService player =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "vorzimmer-ringtone");
            t.setDaemon(true);
            return t;
          });
  private volatile Status status = Status.SILENT;

  /**
   * @param opener opens the speaker (called on the ringtone thread; may block briefly)
   * @param onStatus told of every status change, on the ringtone thread; must not block
   */
  Ringtone(Supplier<AudioSink> opener, Consumer<Status> onStatus) {
    this.opener = opener;
    this.onStatus = onStatus;
  }

  /** A ringtone on the speaker chosen in {@code sound} at the time it rings. */
  static Ringtone on(Sound sound, Consumer<Status> onStatus) {
    return new Ringtone(sound::openOutput, onStatus);
  }

  /** Starts ringing (if not already); returns at once. */
  void start() {
    if (wanted.compareAndSet(false, true) && !player.isShutdown()) {
      player.execute(this::play);
    }
  }

  /** Stops ringing; returns at once, the sound ends within about one chunk. */
  void stop() {
    wanted.set(false);
  }

  public boolean isRinging() {
    return wanted.get();
  }

  public Status status() {
    return status;
  }

  private void play() {
    if (!wanted.get()) {
      return;
    }
    Optional<AudioSink> sink = open();
    if (sink.isEmpty()) {
      wanted.set(false);
      report(Status.NO_DEVICE);
      return;
    }
    report(Status.RINGING);
    try (PacedSink paced = new PacedSink(sink.get(), LEAD)) {
      loop(paced);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      report(Status.SILENT);
    }
  }

  /** The speaker, or empty (logged once) when there is no usable one. */
  private Optional<AudioSink> open() {
    String why;
    try {
      AudioSink sink = opener.get();
      Optional<DeviceProblem> problem = sink.problem();
      if (problem.isEmpty()) {
        return Optional.of(sink);
      }
      sink.close();
      why = sink.name() + ": " + problem.get().kind() + " (" + problem.get().detail() + ")";
    } catch (RuntimeException e) {
      why = e.toString();
    }
    if (noDeviceLogged.compareAndSet(false, true)) {
      log.info("no sound device for the ringtone, calls ring silently: {}", why);
    }
    return Optional.empty();
  }

  private void loop(PacedSink paced) throws InterruptedException {
    int at = 0;
    while (wanted.get()) {
      int n = Math.min(CHUNK, cycle.length - at);
      paced.write(cycle, at, n);
      at = (at + n) % cycle.length;
    }
  }

  private void report(Status next) {
    status = next;
    onStatus.accept(next);
  }

  /**
   * Stops ringing and ends the ringtone thread (within one chunk); never waits, so it may run on
   * the EDT.
   */
  @Override
  public void close() {
    stop();
    player.shutdown();
  }
}
