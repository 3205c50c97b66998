package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.sip.GhostCall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ghost calls reach the call log as one summary row per source and minute, written on the ghost
 * lane.
 */
class GhostLogTest {
  @TempDir Path dir;
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-03T10:00:05Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final AtomicInteger delayedFlushes = new AtomicInteger();
  private final ScheduledExecutorService lane =
      new ScheduledThreadPoolExecutor(1) {
        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
          if (delay > 0) { // execute and submit come here with 0
            delayedFlushes.incrementAndGet();
          }
          return super.schedule(command, delay, unit);
        }
      };
  private final AtomicInteger reloads = new AtomicInteger();
  private ScreeningStore store;

  @AfterEach
  void close() throws Exception {
    lane.shutdown();
    lane.awaitTermination(5, TimeUnit.SECONDS);
    if (store != null) {
      store.close();
    }
  }

  private GhostLog ghostLog() {
    store = ScreeningStore.open(dir.resolve("v.db"), clock);
    return new GhostLog(
        store.callLog(),
        peer -> peer.startsWith("+") ? Optional.of(peer) : Optional.empty(),
        clock,
        reloads::incrementAndGet,
        lane);
  }

  private List<CallLogEntry> rowsAfterFlush(GhostLog log) throws Exception {
    log.flushNow();
    lane.submit(() -> {}).get(5, TimeUnit.SECONDS);
    return store.callLog().recentCalls(100);
  }

  private static GhostCall ghost(int n, String source) {
    return new GhostCall(
        "ghost-" + n,
        n == 0 ? "+4930999000" : "",
        source,
        "INVITE from " + source + ", which is neither our registrar nor a trusted host");
  }

  @Test
  void fiveHundredGhostsFromOneSourceInAMinuteAreOneRow() throws Exception {
    GhostLog log = ghostLog();
    for (int i = 0; i < 500; i++) {
      log.onGhostCall(ghost(i, "203.0.113.9"));
    }
    List<CallLogEntry> rows = rowsAfterFlush(log);
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo("ghost");
              assertThat(r.verdict()).isEqualTo("REJECT");
              assertThat(r.rawNumber()).isEqualTo("+4930999000");
              assertThat(r.reasons())
                  .as("the summary last: the window and `vorzimmer calls` show the last reason")
                  .containsExactly(
                      Reason.of(
                          "ghost",
                          "detail",
                          "INVITE from 203.0.113.9, which is neither our registrar nor"
                              + " a trusted host"),
                      GhostLog.summary(500, "203.0.113.9"));
            });
    assertThat(reloads.get()).as("window reloads").isBetween(1, 3);
  }

  @Test
  void eachSourceAndEachMinuteGetsItsOwnRow() throws Exception {
    GhostLog log = ghostLog();
    log.onGhostCall(ghost(0, "203.0.113.9"));
    log.onGhostCall(ghost(1, "198.51.100.7"));
    log.onGhostCall(ghost(2, "198.51.100.7"));
    now.set(now.get().plus(Duration.ofMinutes(1)));
    log.onGhostCall(ghost(3, "203.0.113.9"));
    assertThat(rowsAfterFlush(log))
        .extracting(r -> r.reasons().get(r.reasons().size() - 1))
        .containsExactlyInAnyOrder(
            GhostLog.summary(1, "203.0.113.9"),
            GhostLog.summary(2, "198.51.100.7"),
            GhostLog.summary(1, "203.0.113.9"));
  }

  @Test
  void newSourcesDoNotMultiplyTheDelayedFlushes() throws Exception {
    GhostLog log = ghostLog();
    log.onGhostCall(ghost(0, "203.0.113.9"));
    for (int i = 1; i <= 20; i++) {
      log.onGhostCall(ghost(i, "198.51.100." + i)); // a new source: its row is written at once
      lane.submit(() -> {}).get(5, TimeUnit.SECONDS);
      log.onGhostCall(
          ghost(
              100 + i, "203.0.113.9")); // the flood goes on: its count waits for the delayed flush
    }
    assertThat(delayedFlushes.get())
        .as("delayed flushes pending: one, else each reloads the window every second")
        .isEqualTo(1);
    lane.schedule(() -> {}, GhostLog.FLUSH_DELAY.toMillis() + 500, TimeUnit.MILLISECONDS)
        .get(5, TimeUnit.SECONDS);
    assertThat(store.callLog().recentCalls(100))
        .filteredOn(r -> r.reasons().toString().contains("203.0.113.9"))
        .singleElement()
        .satisfies(r -> assertThat(r.reasons()).contains(GhostLog.summary(21, "203.0.113.9")));
  }
}
