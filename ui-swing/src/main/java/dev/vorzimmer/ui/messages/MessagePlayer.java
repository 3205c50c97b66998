package dev.vorzimmer.ui.messages;

import dev.vorzimmer.media.TimeStretch;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays one message: play, pause, seek and speed, reporting state and position to listeners; no
 * Swing. The sound is written on one background thread of this player, started by {@link #play} and
 * ended by {@link #pause}, {@link #stop}, {@link #close} or the end of the message. Position is
 * message time: it advances by what was written, times the speed. Listeners are called on the
 * player's thread or the caller's, never while the player's lock is held.
 */
final class MessagePlayer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MessagePlayer.class);

  /** The offered speeds; other speeds stretch the message in time, keeping its pitch. */
  static final List<Double> SPEEDS = List.of(0.75, 1.0, 1.25, 1.5, 2.0);

  /** NO_DEVICE: the output could not be opened (no sound card); the position is kept. */
  enum State {
    STOPPED,
    PLAYING,
    PAUSED,
    ENDED,
    NO_DEVICE
  }

  /** What the player is doing now. */
  record Snapshot(State state, Duration position, Duration duration, double speed) {}

  /** Hears about the player; both default to doing nothing. */
  interface Listener {
    default void stateChanged(Snapshot now) {}

    default void positionChanged(Snapshot now) {}
  }

  /** A piece of sound handed to the output, and the message position it plays up to. */
  private record Chunk(int length, int end, int epoch) {}

  private final String name;
  private final MessageAudio audio;
  private final PcmOutput.Factory outputs;
  private final int chunk;
  private final ExecutorService thread;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private State state = State.STOPPED;
  private int position;
  private int cursor;
  private double speed = 1.0;
  private TimeStretch stretch;
  private boolean active;
  private boolean closed;
  private int run;
  private int epoch;
  private PcmOutput output;

  /** {@code name} names the message in logs and the thread. */
  MessagePlayer(String name, MessageAudio audio, PcmOutput.Factory outputs) {
    this.name = name;
    this.audio = audio;
    this.outputs = outputs;
    this.chunk = Math.max(16, Math.round(audio.sampleRate() / 50)); // 20 ms
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "vorzimmer-player " + name);
              t.setDaemon(true);
              return t;
            });
  }

  void addListener(Listener listener) {
    listeners.add(listener);
  }

  synchronized Snapshot snapshot() {
    return new Snapshot(state, audio.time(position), audio.duration(), speed);
  }

  /** Whether a play run is wanted (playing, or opening the output). */
  synchronized boolean playing() {
    return active;
  }

  /**
   * Plays from the position (from the start when at the end). The state becomes PLAYING once the
   * output is open, or NO_DEVICE if it cannot be opened. Does nothing while playing or closed.
   */
  void play() {
    int myRun;
    synchronized (this) {
      if (active || closed) {
        return;
      }
      if (position >= audio.frames()) {
        position = 0;
      }
      cursor = position;
      restretch();
      active = true;
      myRun = ++run;
    }
    thread.execute(() -> playRun(myRun));
  }

  /** Stops the sound at once and keeps the position; does nothing unless playing. */
  void pause() {
    PcmOutput cut;
    Snapshot now;
    synchronized (this) {
      if (!active) {
        return;
      }
      cut = halt();
      state = State.PAUSED;
      now = snapshot();
    }
    cut(cut);
    fire(now, true);
  }

  /** Stops the sound and goes back to the start. */
  void stop() {
    PcmOutput cut;
    Snapshot now;
    synchronized (this) {
      cut = halt();
      position = 0;
      cursor = 0;
      state = State.STOPPED;
      now = snapshot();
    }
    cut(cut);
    fire(now, true);
  }

  /** Jumps to {@code to} (clamped to the message); playing goes on from there. */
  void seek(Duration to) {
    Snapshot now;
    synchronized (this) {
      position = (int) audio.frame(to);
      cursor = position;
      epoch++;
      restretch();
      if (state == State.ENDED) {
        state = State.PAUSED;
      }
      now = snapshot();
    }
    fire(now, false);
  }

  /** Sets the speed (a factor such as 1.5); playing goes on at the new speed. */
  void speed(double factor) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("speed must be positive: " + factor);
    }
    synchronized (this) {
      speed = factor;
      restretch();
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    stop();
    listeners.clear();
    thread.shutdown();
  }

  private void restretch() {
    stretch = speed == 1.0 ? null : TimeStretch.of(audio.samples(), audio.sampleRate(), speed);
  }

  /** Ends the current run; returns its output to cut. Holds the lock. */
  private PcmOutput halt() {
    active = false;
    run++;
    PcmOutput cut = output;
    output = null;
    return cut;
  }

  private static void cut(PcmOutput out) {
    if (out != null) {
      out.close();
    }
  }

  private synchronized boolean current(int myRun) {
    return active && run == myRun && !closed;
  }

  private void playRun(int myRun) {
    PcmOutput out = outputs.create();
    try {
      out.open();
    } catch (IOException | RuntimeException e) {
      log.info("no sound device to play {}: {}", name, e.getMessage());
      end(myRun, State.NO_DEVICE, false);
      return;
    }
    try {
      if (started(myRun, out)) {
        pump(myRun, out);
      }
    } catch (RuntimeException e) {
      if (current(myRun)) {
        log.warn("playing {} failed at {}", name, snapshot().position(), e);
        end(myRun, State.NO_DEVICE, false);
      } else {
        log.debug("playing {} was cut short: {}", name, e.toString());
      }
    } finally {
      out.close();
    }
  }

  private void pump(int myRun, PcmOutput out) {
    short[] buffer = new short[chunk]; // a stretch step (16 ms) is shorter
    while (true) {
      Chunk c = next(myRun, buffer);
      if (c == null) {
        return;
      }
      if (c.length() == 0) {
        out.drain();
        end(myRun, State.ENDED, true);
        return;
      }
      out.write(buffer, c.length());
      advanced(myRun, c);
    }
  }

  /** The next piece to play into {@code buffer}; empty at the end, null when this run is over. */
  private synchronized Chunk next(int myRun, short[] buffer) {
    if (!current(myRun)) {
      return null;
    }
    if (cursor >= audio.frames()) {
      return new Chunk(0, cursor, epoch);
    }
    if (stretch == null) {
      int n = Math.min(chunk, audio.frames() - cursor);
      System.arraycopy(audio.samples(), cursor, buffer, 0, n);
      cursor += n;
      return new Chunk(n, cursor, epoch);
    }
    stretch.step(cursor, buffer);
    cursor = Math.min(audio.frames(), cursor + stretch.stride());
    return new Chunk(stretch.hop(), cursor, epoch);
  }

  private void advanced(int myRun, Chunk c) {
    Snapshot now;
    synchronized (this) {
      if (!current(myRun) || c.epoch() != epoch) {
        return;
      }
      position = c.end();
      now = snapshot();
    }
    fire(now, false);
  }

  private void end(int myRun, State to, boolean atEnd) {
    Snapshot now;
    synchronized (this) {
      if (!current(myRun)) {
        return;
      }
      halt();
      state = to;
      if (atEnd) {
        position = audio.frames();
      }
      now = snapshot();
    }
    fire(now, true);
  }

  private boolean started(int myRun, PcmOutput out) {
    Snapshot now;
    synchronized (this) {
      if (!current(myRun)) {
        return false;
      }
      output = out;
      state = State.PLAYING;
      now = snapshot();
    }
    fire(now, true);
    return true;
  }

  private void fire(Snapshot now, boolean stateChange) {
    for (Listener l : listeners) {
      if (stateChange) {
        l.stateChanged(now);
      } else {
        l.positionChanged(now);
      }
    }
  }
}
