package dev.vorzimmer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's worker threads besides the SIP event threads and the media pacer, named {@code
 * vorzimmer-<lane>}, daemon.
 *
 * @param decisions screening decisions (may wait for an online lookup)
 * @param recordingIo recording files, triage, SRTP warm-up
 * @param soundOpener opening sound devices
 * @param store call-log and message-index writes, in order; it can delay a task (rejected calls'
 *     rows, see {@code CallRows}), and its shutdown still runs the delayed ones
 * @param ghostLane the ghost-call summaries, and the headless console's summary of a flood of
 *     rejected calls
 */
record PhoneLanes(
    ExecutorService decisions,
    ScheduledExecutorService recordingIo,
    ExecutorService soundOpener,
    ScheduledExecutorService store,
    ScheduledExecutorService ghostLane) {
  private static final Logger log = LoggerFactory.getLogger(PhoneLanes.class);

  static PhoneLanes start() {
    return new PhoneLanes(
        Executors.newFixedThreadPool(2, named("screening")),
        Executors.newSingleThreadScheduledExecutor(named("recording-io")),
        Executors.newSingleThreadExecutor(named("sound-open")),
        storeLane(),
        Executors.newSingleThreadScheduledExecutor(named("ghost-log")));
  }

  /**
   * All of them in shutdown order (recordings finish on recording-io, their rows on the store
   * lane); a list the phone adds later lanes to.
   */
  List<ExecutorService> inShutdownOrder() {
    return new ArrayList<>(List.of(decisions, recordingIo, soundOpener, store, ghostLane));
  }

  /**
   * One thread that runs tasks in order and delayed ones when due. A task that throws is logged (a
   * scheduled executor would otherwise keep the exception in a future nobody reads).
   */
  private static ScheduledExecutorService storeLane() {
    ScheduledThreadPoolExecutor lane =
        new ScheduledThreadPoolExecutor(1, named("store")) {
          @Override
          protected void afterExecute(Runnable task, Throwable thrown) {
            super.afterExecute(task, thrown);
            if (task instanceof Future<?> f && f.isDone() && !f.isCancelled()) {
              try {
                f.get();
              } catch (ExecutionException e) {
                log.error("a call-log or message-index write failed", e.getCause());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          }
        };
    lane.setRemoveOnCancelPolicy(true);
    return lane;
  }

  static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, "vorzimmer-" + name);
      t.setDaemon(true);
      return t;
    };
  }
}
