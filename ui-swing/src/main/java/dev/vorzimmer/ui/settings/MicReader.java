package dev.vorzimmer.ui.settings;

import dev.vorzimmer.media.AudioSource;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the microphone in 20 ms frames on one background thread while anyone listens (the level
 * meter, a greeting recording); the device is opened on the first listener and closed after the
 * last. No Swing: listeners are called on the audio thread.
 */
final class MicReader {
  /** Samples per frame: 20 ms at 8 kHz. */
  static final int FRAME = 160;

  private static final Logger log = LoggerFactory.getLogger(MicReader.class);
  private final ScheduledExecutorService thread;
  private final Supplier<AudioSource> open;
  private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
  private ScheduledFuture<?> task;
  private AudioSource source; // audio thread only

  /** Gets each frame the microphone delivered, on the audio thread. */
  interface Listener {
    /**
     * @param samples a fresh 20 ms frame (missing samples are zeros)
     * @param level its loudness 0..100 ({@link AudioLevel#percent})
     */
    void frame(short[] samples, int level);
  }

  /**
   * @param thread the single audio thread
   * @param open opens the chosen microphone (called on {@code thread}; may block briefly)
   */
  MicReader(ScheduledExecutorService thread, Supplier<AudioSource> open) {
    this.thread = thread;
    this.open = open;
  }

  /** Starts delivering frames to {@code listener} (and reading, if nobody listened before). */
  synchronized void add(Listener listener) {
    listeners.add(listener);
    if (task == null && !thread.isShutdown()) {
      task = thread.scheduleAtFixedRate(this::tick, 0, 20, TimeUnit.MILLISECONDS);
    }
  }

  /** Stops delivering to {@code listener}; after the last one the microphone is closed. */
  synchronized void remove(Listener listener) {
    listeners.remove(listener);
    if (listeners.isEmpty() && task != null) {
      task.cancel(false);
      task = null;
      release();
    }
  }

  /** Closes the open microphone so that the next frame comes from the newly chosen one. */
  void reopen() {
    release();
  }

  private void release() {
    if (!thread.isShutdown()) {
      thread.execute(this::closeSource);
    }
  }

  private void closeSource() {
    if (source != null) {
      source.close();
      source = null;
    }
  }

  private void tick() {
    try {
      if (source == null) {
        source = open.get();
        source
            .problem()
            .ifPresent(
                p -> log.info("microphone {}: {} ({})", source.name(), p.kind(), p.detail()));
      }
      short[] frame = new short[FRAME];
      source.read(frame);
      int level = AudioLevel.percent(frame, FRAME);
      for (Listener l : listeners) {
        l.frame(frame, level);
      }
    } catch (RuntimeException e) {
      // a thrown exception would silently end the periodic task; log it and try again next frame
      log.error("reading the microphone failed; reopening it", e);
      closeSource();
    }
  }

  /** Stops reading and closes the microphone, on the audio thread. */
  synchronized void stop() {
    listeners.clear();
    if (task != null) {
      task.cancel(false);
      task = null;
    }
    release();
  }
}
