package dev.vorzimmer.media.internal.rtp;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs periodic media tasks on one thread against an absolute schedule: the n-th tick of a task is
 * due at {@code anchor + n * period}, and the thread parks until the earliest deadline.
 *
 * <p>Lateness policy: if a wake-up is late by up to {@link #MAX_CATCH_UP} whole periods, the missed
 * ticks run back to back (exactly the missed ones, never more) so the stream keeps its rate. If it
 * is later than that, the missed ticks are dropped and the task is re-anchored at "now" (one tick
 * runs, the next is due a period later) — a burst of many packets would only overflow the peer's
 * jitter buffer.
 *
 * <p>{@link #runOnce()} is one scheduling step; production code calls {@link #runLoop()} on a
 * dedicated thread, tests drive {@code runOnce} with a fake clock and parker.
 */
public final class Pacer {

  /** Most ticks of one task that are run back to back to catch up after a late wake-up. */
  public static final int MAX_CATCH_UP = 3;

  private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final Logger LOG = LoggerFactory.getLogger(Pacer.class);

  /** Monotonic time source, nanoseconds. */
  @FunctionalInterface
  public interface NanoClock {
    long nanoTime();
  }

  /** Blocks the calling thread until (about) the given clock time, or until unparked. */
  @FunctionalInterface
  public interface Parker {
    void parkUntil(long deadlineNanos, NanoClock clock);
  }

  /**
   * A periodic job. {@code tick} must not block; an unchecked exception cancels the task, is
   * logged, and is handed to the task's failure handler so its owner can end cleanly.
   */
  @FunctionalInterface
  public interface Task {
    void tick(long tickIndex);
  }

  /** Handle to cancel a scheduled task. */
  public interface Registration {
    void cancel();
  }

  private final NanoClock clock;
  private final Parker parker;
  private final Queue<Entry> added = new ConcurrentLinkedQueue<>();
  private final List<Entry> entries = new ArrayList<>();
  private volatile Thread thread;
  private volatile boolean stopped;

  public Pacer(NanoClock clock, Parker parker) {
    this.clock = clock;
    this.parker = parker;
  }

  /** A pacer on the system clock that parks with {@link LockSupport#parkNanos}. */
  public static Pacer system() {
    return new Pacer(
        System::nanoTime,
        (deadline, c) -> {
          long wait = deadline - c.nanoTime();
          LockSupport.parkNanos(Pacer.class, Math.min(Math.max(wait, 0), IDLE_PARK_NANOS));
        });
  }

  /** Schedules {@code task}; its tick 0 is due now. Safe to call from any thread. */
  public Registration schedule(Task task, long periodNanos, String name) {
    return schedule(task, periodNanos, name, e -> {});
  }

  /**
   * Schedules {@code task}; if a tick throws, the task is cancelled and {@code onFailure} is called
   * with the exception on the pacer thread (it must not block).
   */
  public Registration schedule(
      Task task, long periodNanos, String name, Consumer<RuntimeException> onFailure) {
    if (periodNanos <= 0) {
      throw new IllegalArgumentException("period must be positive: " + periodNanos);
    }
    Entry entry = new Entry(task, periodNanos, name, clock.nanoTime(), onFailure);
    added.add(entry);
    Thread t = thread;
    if (t != null) {
      LockSupport.unpark(t);
    }
    return () -> entry.cancelled = true;
  }

  /** Runs scheduling steps on the calling thread until {@link #stop()}. */
  public void runLoop() {
    thread = Thread.currentThread();
    while (!stopped) {
      runOnce();
    }
  }

  /** Ends {@link #runLoop()} soon. */
  public void stop() {
    stopped = true;
    Thread t = thread;
    if (t != null) {
      LockSupport.unpark(t);
    }
  }

  /** One step: park until the earliest deadline, then run every due tick. */
  public void runOnce() {
    Entry entry;
    while ((entry = added.poll()) != null) {
      entries.add(entry);
    }
    entries.removeIf(e -> e.cancelled);
    long earliest = Long.MAX_VALUE;
    for (Entry e : entries) {
      earliest = Math.min(earliest, e.nextDue);
    }
    long now = clock.nanoTime();
    if (earliest == Long.MAX_VALUE || earliest - now > 0) {
      parker.parkUntil(earliest == Long.MAX_VALUE ? now + IDLE_PARK_NANOS : earliest, clock);
      now = clock.nanoTime();
    }
    for (Entry e : entries) {
      if (!e.cancelled && now - e.nextDue >= 0) {
        runDue(e, now);
      }
    }
  }

  private void runDue(Entry e, long now) {
    long missed = (now - e.nextDue) / e.period;
    if (missed > MAX_CATCH_UP) {
      LOG.debug("pacer task {} woke {} periods late; re-anchoring", e.name, missed);
      e.nextDue = now;
    }
    while (!e.cancelled && now - e.nextDue >= 0) {
      e.nextDue += e.period;
      try {
        e.task.tick(e.ticks++);
      } catch (RuntimeException ex) {
        LOG.error(
            "pacer task {} failed at tick {}; cancelling it and ending its session",
            e.name,
            e.ticks - 1,
            ex);
        e.cancelled = true;
        reportFailure(e, ex);
      }
    }
  }

  private static void reportFailure(Entry e, RuntimeException failure) {
    try {
      e.onFailure.accept(failure);
    } catch (RuntimeException handlerError) {
      LOG.error("failure handler of pacer task {} failed too", e.name, handlerError);
    }
  }

  private static final class Entry {
    final Task task;
    final Consumer<RuntimeException> onFailure;
    final long period;
    final String name;
    long nextDue;
    long ticks;
    volatile boolean cancelled;

    Entry(Task task, long period, String name, long start, Consumer<RuntimeException> onFailure) {
      this.task = task;
      this.onFailure = onFailure;
      this.period = period;
      this.name = name;
      this.nextDue = start;
    }
  }
}
