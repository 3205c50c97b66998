package dev.vorzimmer.sip.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The background listeners' thread: runs what it is given in order, and under load wakes at most
 * once per {@code pace}, delivering everything that came in meanwhile in one go.
 *
 * <p>A task after a quiet spell runs at once. While events keep coming (a flood of rejected calls
 * publishes two per call), waking the thread for each one cost the SIP event thread more than the
 * listeners' work; grouping them costs a listener at most {@code pace} of delay. Waking is the
 * publisher's cost ({@code unpark}), so it is what this class saves.
 */
final class ListenerLane {

  private final int capacity;
  private final long paceNanos;
  private final LongSupplier nanoTime;
  private final ScheduledThreadPoolExecutor thread;
  private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
  private boolean drainQueued;
  private long lastDrain;
  private long drains;

  /**
   * @param capacity tasks that may wait before {@link #submit} refuses more
   * @param pace the shortest time between two wake-ups of the thread
   */
  ListenerLane(String threadName, int capacity, Duration pace, LongSupplier nanoTime) {
    this.capacity = capacity;
    this.paceNanos = pace.toNanos();
    this.nanoTime = nanoTime;
    this.lastDrain = nanoTime.getAsLong() - paceNanos;
    this.thread =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread t = new Thread(task, threadName);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Hands {@code task} to the thread. After {@link #stop} a task runs on the caller's thread
   * (unless earlier ones still wait; then it joins them).
   *
   * @return false if {@code capacity} tasks already wait: the task was dropped
   */
  boolean submit(Runnable task) {
    synchronized (this) {
      if (pending.size() >= capacity) {
        return false;
      }
      if (drainQueued) {
        pending.add(task);
        return true;
      }
      if (!thread.isShutdown()) {
        pending.add(task);
        drainQueued = true;
        long wait = lastDrain + paceNanos - nanoTime.getAsLong();
        try {
          thread.schedule(this::drain, Math.max(0, wait), TimeUnit.NANOSECONDS);
          return true;
        } catch (RejectedExecutionException shutDownMeanwhile) {
          pending.removeLast();
          drainQueued = false;
        }
      }
    }
    task.run(); // stopped: no thread to hand over to
    return true;
  }

  private void drain() {
    List<Runnable> batch;
    synchronized (this) {
      batch = new ArrayList<>(pending);
      pending.clear();
      drainQueued = false;
      lastDrain = nanoTime.getAsLong();
      drains++;
    }
    batch.forEach(Runnable::run);
  }

  /** How often the thread has woken to deliver (for tests). */
  synchronized long drains() {
    return drains;
  }

  /** True once {@link #stop} was called. */
  boolean isShutdown() {
    return thread.isShutdown();
  }

  /**
   * Stops taking new work for the thread and waits up to {@code timeout} until what waits is
   * delivered; after that (or when interrupted) the rest is dropped.
   *
   * @return the number of tasks left undelivered, 0 if all were delivered
   */
  int stop(Duration timeout) {
    thread.shutdown();
    try {
      if (thread.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return 0;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread.shutdownNow(); // the waiting drain, if any, is cancelled: later tasks run on the caller
    synchronized (this) {
      int left = pending.size();
      pending.clear();
      drainQueued = false;
      return left;
    }
  }
}
