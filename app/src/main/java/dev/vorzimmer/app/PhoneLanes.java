package dev.vorzimmer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The phone's worker threads besides the SIP event threads and the media pacer, named {@code
 * vorzimmer-<lane>}, daemon.
 *
 * @param decisions screening decisions (may wait for an online lookup)
 * @param recordingIo recording files, triage, SRTP warm-up
 * @param soundOpener opening sound devices
 * @param store call-log and message-index writes, in order
 * @param ghostLane the ghost-call summaries
 */
record PhoneLanes(
    ExecutorService decisions,
    ScheduledExecutorService recordingIo,
    ExecutorService soundOpener,
    ExecutorService store,
    ScheduledExecutorService ghostLane) {

  static PhoneLanes start() {
    return new PhoneLanes(
        Executors.newFixedThreadPool(2, named("screening")),
        Executors.newSingleThreadScheduledExecutor(named("recording-io")),
        Executors.newSingleThreadExecutor(named("sound-open")),
        Executors.newSingleThreadExecutor(named("store")),
        Executors.newSingleThreadScheduledExecutor(named("ghost-log")));
  }

  /**
   * All of them in shutdown order (recordings finish on recording-io, their rows on the store
   * lane); a list the phone adds later lanes to.
   */
  List<ExecutorService> inShutdownOrder() {
    return new ArrayList<>(List.of(decisions, recordingIo, soundOpener, store, ghostLane));
  }

  static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, "vorzimmer-" + name);
      t.setDaemon(true);
      return t;
    };
  }
}
