package dev.vorzimmer.ui.settings;

import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.DeviceProblem;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays 8 kHz mono samples (the test tone, a greeting's preview) to the chosen speaker on the audio
 * thread, 20 ms per frame, one sound at a time; the speaker is opened for each sound and closed
 * after it. No Swing.
 */
final class SamplePlayer {
  private static final Logger log = LoggerFactory.getLogger(SamplePlayer.class);

  /** Frames written at once at the start, so the speaker's buffer does not run dry. */
  private static final int LEAD_FRAMES = 3;

  private final ScheduledExecutorService thread;
  private final Supplier<AudioSink> open;
  private Playing playing;

  /**
   * @param thread the single audio thread
   * @param open opens the chosen speaker (called on {@code thread}; may block briefly)
   */
  SamplePlayer(ScheduledExecutorService thread, Supplier<AudioSink> open) {
    this.thread = thread;
    this.open = open;
  }

  /** A sine tone at {@code hz} lasting {@code length}, with the given peak amplitude. */
  static short[] tone(int hz, Duration length, int amplitude) {
    short[] out = new short[(int) (length.toMillis() * GreetingRecording.RATE / 1000)];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / GreetingRecording.RATE));
    }
    return out;
  }

  /**
   * One sound started by {@link #play}.
   *
   * @param opened completes once the speaker is open: with why it plays nothing (no device), or
   *     empty
   * @param done completes when all samples were written and the speaker closed, or exceptionally if
   *     the speaker failed
   */
  record Sound(CompletableFuture<Optional<DeviceProblem>> opened, CompletableFuture<Void> done) {}

  /** Plays {@code samples}, stopping what played before. */
  synchronized Sound play(short[] samples) {
    stop();
    Playing p = new Playing(samples.clone());
    playing = p;
    p.task = thread.scheduleAtFixedRate(p::tick, 0, 20, TimeUnit.MILLISECONDS);
    return new Sound(p.opened, p.done);
  }

  /** Stops the sound playing now, if any. */
  synchronized void stop() {
    if (playing != null) {
      playing.task.cancel(false);
      Playing p = playing;
      thread.execute(p::finish);
      playing = null;
    }
  }

  /** One sound being played; its fields are used on the audio thread only. */
  private final class Playing {
    final short[] samples;
    final CompletableFuture<Optional<DeviceProblem>> opened = new CompletableFuture<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    volatile ScheduledFuture<?> task;
    AudioSink sink;
    int position;
    boolean finished;

    Playing(short[] samples) {
      this.samples = samples;
    }

    void tick() {
      if (finished) {
        task.cancel(
            false); // the task is assigned by now: finishing takes at least one earlier tick
        return;
      }
      try {
        if (sink == null) {
          sink = open.get();
          sink.problem()
              .ifPresent(p -> log.info("speaker {}: {} ({})", sink.name(), p.kind(), p.detail()));
          opened.complete(sink.problem());
        }
        int frames = position == 0 ? LEAD_FRAMES : 1;
        int n = Math.min(frames * MicReader.FRAME, samples.length - position);
        sink.write(samples, position, n);
        position += n;
        if (position >= samples.length) {
          finish();
        }
      } catch (RuntimeException e) {
        log.error("playing to the speaker failed", e);
        opened.completeExceptionally(e);
        done.completeExceptionally(e);
        finish();
      }
    }

    void finish() {
      finished = true;
      opened.complete(Optional.empty()); // stopped before the speaker was opened
      if (sink != null) {
        sink.close();
        sink = null;
      }
      done.complete(null);
    }
  }
}
