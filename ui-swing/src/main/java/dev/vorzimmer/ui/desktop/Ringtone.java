package dev.vorzimmer.ui.desktop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays {@link RingtoneSound} in a loop on its own background thread (never on the EDT) between
 * {@link #start()} and {@link #stop()}. Without a sound device it stays silent, logs that once at
 * INFO and reports {@link Status#NO_DEVICE}; it never shows an error.
 */
public final class Ringtone implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Ringtone.class);
  /** Bytes written per step: 40 ms, so {@link #stop()} is heard within about a tenth of a second. */
  private static final int CHUNK = RingtoneSound.samples(40) * 2;

  /** Opens the output line; the default asks {@link AudioSystem} for the default device. */
  interface LineOpener {
    SourceDataLine open() throws LineUnavailableException;
  }

  /** What the ringtone last did. */
  public enum Status {
    /** Not ringing (or switched off). */
    SILENT,
    /** Playing on a sound device. */
    RINGING,
    /** Asked to ring, but this computer has no usable sound output. */
    NO_DEVICE
  }

  private final LineOpener opener;
  private final Consumer<Status> onStatus;
  private final AtomicBoolean wanted = new AtomicBoolean();
  private final AtomicBoolean noDeviceLogged = new AtomicBoolean();
  private final byte[] cycle = RingtoneSound.cycle();
  private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "vorzimmer-ringtone");
    t.setDaemon(true);
    return t;
  });
  private volatile Status status = Status.SILENT;

  /** @param onStatus told of every status change, on the ringtone thread; must not block */
  Ringtone(LineOpener opener, Consumer<Status> onStatus) {
    this.opener = opener;
    this.onStatus = onStatus;
  }

  /** A ringtone on the system's default sound output. */
  static Ringtone onDefaultDevice(Consumer<Status> onStatus) {
    return new Ringtone(() -> {
      SourceDataLine line = AudioSystem.getSourceDataLine(RingtoneSound.FORMAT);
      line.open(RingtoneSound.FORMAT, CHUNK * 3);
      return line;
    }, onStatus);
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
    SourceDataLine line;
    try {
      line = opener.open();
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      if (noDeviceLogged.compareAndSet(false, true)) {
        log.info("no sound device for the ringtone, calls ring silently: {}", e.getMessage());
      }
      wanted.set(false);
      report(Status.NO_DEVICE);
      return;
    }
    report(Status.RINGING);
    try {
      line.start();
      loop(line);
    } finally {
      line.stop();
      line.flush();
      line.close();
      report(Status.SILENT);
    }
  }

  private void loop(SourceDataLine line) {
    int at = 0;
    while (wanted.get()) {
      int n = Math.min(CHUNK, cycle.length - at);
      line.write(cycle, at, n);
      at = (at + n) % cycle.length;
    }
  }

  private void report(Status next) {
    status = next;
    onStatus.accept(next);
  }

  /** Stops ringing and ends the ringtone thread (within one chunk); never waits, so it may run on the EDT. */
  @Override
  public void close() {
    stop();
    player.shutdown();
  }
}
