package dev.vorzimmer.app;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Keeps a flood of rejected calls from writing a line per call: the first {@code perSecond} lines
 * of each second are written one by one; the rest are counted, and their number is handed to {@code
 * summary} once, when that second is over (on {@code timer}). Every call is still in the call log;
 * only the per-call text line is left out. Thread-safe.
 *
 * <p>A second starts with the first line after the previous one ended, so a phone that gets a few
 * rejected calls a minute writes every line and never runs a timer.
 */
public final class FloodLines {
  private static final long SECOND_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final int perSecond;
  private final LongSupplier nanos;
  private final ScheduledExecutorService timer;
  private final IntConsumer summary;
  private long windowStart;
  private int inWindow;
  private int leftOut;

  /**
   * @param perSecond lines written one by one per second, at least 1
   * @param nanos a monotonic clock ({@code System::nanoTime})
   * @param timer runs {@code summary} when a second with lines left out is over
   * @param summary told how many lines of that second were left out (always more than 0)
   */
  public FloodLines(
      int perSecond, LongSupplier nanos, ScheduledExecutorService timer, IntConsumer summary) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("perSecond must be at least 1: " + perSecond);
    }
    this.perSecond = perSecond;
    this.nanos = nanos;
    this.timer = timer;
    this.summary = summary;
  }

  /** True when this line is to be written; false when it is counted for the summary instead. */
  public boolean admit() {
    int summaryDue = 0;
    boolean admitted;
    synchronized (this) {
      long now = nanos.getAsLong();
      if (inWindow == 0 || now - windowStart >= SECOND_NANOS) {
        summaryDue = takeLeftOut();
        windowStart = now;
        inWindow = 0;
      }
      inWindow++;
      admitted = inWindow <= perSecond;
      if (!admitted && leftOut++ == 0) {
        scheduleSummary(SECOND_NANOS - (now - windowStart));
      }
    }
    if (summaryDue > 0) {
      summary.accept(summaryDue);
    }
    return admitted;
  }

  private void scheduleSummary(long delayNanos) {
    try {
      timer.schedule(this::summarise, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // the phone is stopping: the count goes out with the next line, if any
    }
  }

  private void summarise() {
    int count;
    synchronized (this) {
      count = takeLeftOut();
    }
    if (count > 0) {
      summary.accept(count);
    }
  }

  private int takeLeftOut() {
    int count = leftOut;
    leftOut = 0;
    return count;
  }
}
