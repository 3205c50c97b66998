package dev.vorzimmer.app;

import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.sip.GhostCall;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ghost calls in the call log, summarised: one row per source address and minute ("37 ghost calls
 * from 203.0.113.9 in 1 min"). Counting happens on the SIP thread (a map update); the rows are
 * written on this class's own single thread ({@code lane}), never on the screening threads: a new
 * row at once, a grown count at most once per {@link #FLUSH_DELAY}. So a flood neither writes a row
 * per INVITE nor delays a real call's decision, and the call-log listeners (the window's reload)
 * run at most once per flush.
 */
public final class GhostLog implements SipAgentListener {
  /** How long counts collect before a summary row is updated. */
  public static final Duration FLUSH_DELAY = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(GhostLog.class);
  private static final long MINUTE_MS = 60_000;

  private final CallLog callLog;
  private final Function<String, Optional<String>> e164;
  private final Clock clock;
  private final Runnable changed;
  private final ScheduledExecutorService lane;
  private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();
  private final AtomicBoolean flushPending = new AtomicBoolean();

  private record Key(String source, long minute) {}

  /** The ghosts of one source in one minute; row fields are confined to the lane. */
  private static final class Tally {
    private final String peer;
    private final String reason;
    private final Instant first;
    private final AtomicInteger count = new AtomicInteger();
    private long rowId = -1;
    private int written;

    Tally(String peer, String reason, Instant first) {
      this.peer = peer;
      this.reason = reason;
      this.first = first;
    }
  }

  /**
   * @param e164 the normalised form of a claimed caller number, if it has one
   * @param changed run on the lane after rows were written (the call-log listeners)
   * @param lane a single thread of its own, shut down by the owner after {@link #flushNow()}
   */
  public GhostLog(
      CallLog callLog,
      Function<String, Optional<String>> e164,
      Clock clock,
      Runnable changed,
      ScheduledExecutorService lane) {
    this.callLog = callLog;
    this.e164 = e164;
    this.clock = clock;
    this.changed = changed;
    this.lane = lane;
  }

  /** The summary of {@code count} ghosts from {@code source} ("" when unknown). */
  public static Reason summary(int count, String source) {
    return Reason.of("ghost.summary", "count", count, "source", source);
  }

  @Override
  public void onGhostCall(GhostCall ghost) {
    Key key = new Key(ghost.source(), clock.millis() / MINUTE_MS);
    boolean[] fresh = {false};
    Tally tally =
        tallies.computeIfAbsent(
            key,
            k -> {
              fresh[0] = true;
              return new Tally(ghost.peer(), ghost.reason(), clock.instant());
            });
    tally.count.incrementAndGet();
    try {
      if (fresh[0]) {
        lane.execute(this::flush);
      } else if (flushPending.compareAndSet(false, true)) {
        lane.schedule(this::delayedFlush, FLUSH_DELAY.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (RejectedExecutionException e) {
      log.debug("ghost call after the call log closed: {}", ghost.callId());
    }
  }

  /**
   * Writes what was counted so far, on the lane; the owner calls it before shutting the lane down.
   */
  public void flushNow() {
    try {
      lane.execute(this::flush);
    } catch (RejectedExecutionException e) {
      log.debug("ghost log already closed", e);
    }
  }

  /**
   * The one pending delayed flush; immediate flushes leave the flag alone, else each would start a
   * second chain.
   */
  private void delayedFlush() {
    flushPending.set(false);
    flush();
  }

  private void flush() {
    long minute = clock.millis() / MINUTE_MS;
    boolean wrote = false;
    for (Map.Entry<Key, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      int count = t.count.get();
      if (count != t.written) {
        wrote |= write(e.getKey(), t, count);
      }
      if (e.getKey().minute() < minute - 1 && t.written == t.count.get()) {
        tallies.remove(e.getKey(), t);
      }
    }
    if (wrote) {
      changed.run();
    }
  }

  private boolean write(Key key, Tally t, int count) {
    // The summary last: the Calls table and `vorzimmer calls` show a row's last reason.
    List<Reason> reasons =
        List.of(Reason.of("ghost", "detail", t.reason), summary(count, key.source()));
    try {
      if (t.rowId < 0) {
        t.rowId =
            callLog.logCall(t.first, t.peer, e164.apply(t.peer), "", "REJECT", reasons, "ghost");
      } else {
        callLog.updateReasons(t.rowId, reasons);
      }
      t.written = count;
      return true;
    } catch (RuntimeException e) {
      log.error("could not write the ghost-call summary for {}", key.source(), e);
      return false;
    }
  }
}
