package dev.vorzimmer.app;

import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.PingCalls;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.sip.CallSecurity;
import dev.vorzimmer.sip.IncomingCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call-log rows of {@link ScreeningPolicy}'s calls, written on the single {@code store} lane (a
 * database held by another process delays the log, never a decision or the SIP thread); {@code
 * onChange} runs after each write.
 *
 * <p>A call that ends before its row is written (a rejected call, typically: its 603 goes out while
 * the row still waits) gets row and end in one write. On a store lane that can delay tasks (a
 * {@link ScheduledExecutorService}), rejected calls' rows wait there up to {@link #GATHER} and go
 * in one transaction with the others rejected meanwhile, so a flood costs the database a few
 * transactions a second, not one per call; the lane's shutdown still runs the waiting write. Every
 * other row is queued at once, so it is written before anything the store lane is given for its
 * call later (the message recorder reads the row's id there).
 */
final class CallRows {
  /** How long a rejected call's row may wait for others to be written with. */
  static final Duration GATHER = Duration.ofMillis(20);

  private static final Logger log = LoggerFactory.getLogger(CallRows.class);

  private final Screener screener;
  private final CallLog callLog;
  private final Executor store;
  private final Optional<ScheduledExecutorService> delaying;
  private final Clock clock;
  private final Runnable onChange;

  /** Rows queued and not yet written, by the future of their id. */
  private final Map<CompletableFuture<Long>, Unwritten> unwritten = new ConcurrentHashMap<>();

  /**
   * Rejected calls' rows waiting for {@link #writeGathered}; guarded by itself. A write is
   * scheduled exactly while it is not empty.
   */
  private final List<Row> gathered = new ArrayList<>();

  /**
   * @param store the single store lane; if it is a {@link ScheduledExecutorService}, rejected
   *     calls' rows are gathered there
   */
  CallRows(Screener screener, CallLog callLog, Executor store, Clock clock, Runnable onChange) {
    this.screener = screener;
    this.callLog = callLog;
    this.store = store;
    this.delaying =
        store instanceof ScheduledExecutorService lane ? Optional.of(lane) : Optional.empty();
    this.clock = clock;
    this.onChange = onChange;
  }

  /** A queued row: an end offered before the write starts is written with the row. */
  private static final class Unwritten {
    private CallLog.End end; // guarded by this
    private boolean writing; // guarded by this

    /** Takes {@code e} into the row, unless its write has already started. */
    synchronized boolean offer(CallLog.End e) {
      if (writing) {
        return false;
      }
      end = e;
      return true;
    }

    /** Starts the write: the end offered so far, if any; later offers are refused. */
    synchronized Optional<CallLog.End> take() {
      writing = true;
      return Optional.ofNullable(end);
    }
  }

  /** A decided call's row, before it is written. */
  private record Row(
      IncomingCall call,
      String shown,
      Decision decision,
      String line,
      Instant time,
      CompletableFuture<Long> id,
      Unwritten unwritten) {

    CallLog.NewCall toWrite() {
      CallLog.End end =
          unwritten.take().orElse(new CallLog.End("", "", "ringing", Optional.empty()));
      return new CallLog.NewCall(
          time,
          shown,
          decision.callerInfo().e164(),
          call.displayName(),
          decision.verdict().name(),
          decision.reasons(),
          line,
          end);
    }
  }

  /**
   * Writes the row of a decided call ("ringing", or its end if it ended before the write);
   * completes with its id once written.
   */
  CompletableFuture<Long> add(IncomingCall call, String shown, Decision d, String line) {
    CompletableFuture<Long> id = new CompletableFuture<>();
    Row row = new Row(call, shown, d, line, clock.instant(), id, new Unwritten());
    unwritten.put(id, row.unwritten());
    if (d.verdict() == Verdict.REJECT && delaying.isPresent()) {
      gather(row);
    } else {
      try {
        store.execute(() -> write(List.of(row)));
      } catch (RejectedExecutionException e) {
        unwritten.remove(id);
        throw e;
      }
    }
    return id;
  }

  private void gather(Row row) {
    boolean schedule;
    synchronized (gathered) {
      schedule = gathered.isEmpty();
      gathered.add(row);
    }
    if (schedule) {
      try {
        delaying.get().schedule(this::writeGathered, GATHER.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        List<Row> lost = takeGathered();
        log.warn("{} rejected calls not written to the call log: it is closed", lost.size());
        lost.forEach(r -> fail(r, e));
      }
    }
  }

  /** On the store lane: writes the gathered rows in one transaction. */
  private void writeGathered() {
    List<Row> batch = takeGathered();
    if (!batch.isEmpty()) {
      write(batch);
    }
  }

  private List<Row> takeGathered() {
    synchronized (gathered) {
      List<Row> batch = List.copyOf(gathered);
      gathered.clear();
      return batch;
    }
  }

  private void write(List<Row> rows) {
    List<CallLog.NewCall> toWrite = new ArrayList<>(rows.size());
    for (Row r : rows) {
      unwritten.remove(r.id());
      toWrite.add(r.toWrite());
    }
    List<Long> ids;
    try {
      ids = callLog.logCalls(toWrite);
    } catch (RuntimeException e) {
      log.error(
          "could not log {} call(s) in the call log, the first {}",
          rows.size(),
          rows.get(0).call().callId(),
          e);
      rows.forEach(r -> r.id().completeExceptionally(e));
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).id().complete(ids.get(i));
    }
    onChange.run();
  }

  private void fail(Row row, RuntimeException e) {
    unwritten.remove(row.id());
    row.id().completeExceptionally(e);
  }

  /**
   * Records how {@code logged}'s call ended: with its row if that is not written yet, else once it
   * is.
   */
  void end(String callId, ScreeningPolicy.Logged logged, String outcome, CallSecurity security) {
    // protection, outcome and mark together, in one write
    CallLog.End end =
        new CallLog.End(
            security.signallingName(),
            security.srtp() ? security.mediaName() : "",
            outcome,
            pingMark(logged, outcome));
    Unwritten row = unwritten.get(logged.logId());
    if (row != null && row.offer(end)) {
      return;
    }
    logged
        .logId()
        .thenAcceptAsync(
            id -> {
              try {
                callLog.recordEnd(id, end);
                onChange.run();
              } catch (RuntimeException e) {
                log.error(
                    "could not record the outcome {} of call {} in the call log",
                    outcome,
                    callId,
                    e);
              }
            },
            store);
  }

  /** Writes the reasons of {@code logged}'s decision (one was added after screening). */
  void updateReasons(ScreeningPolicy.Logged logged) {
    List<Reason> reasons = logged.decision().reasons();
    logged
        .logId()
        .thenAcceptAsync(
            id -> {
              try {
                callLog.updateReasons(id, reasons);
              } catch (RuntimeException e) {
                log.error("could not update the reasons of call {}", id, e);
              }
            },
            store);
  }

  /**
   * The ping-call mark of a call that ended as {@code outcome} now: the user did not talk to the
   * caller, and it lasted under {@link PingCalls#PING_RING} from arrival to hang-up (see {@link
   * PingCalls#pingCall}).
   */
  private Optional<Reason> pingMark(ScreeningPolicy.Logged logged, String outcome) {
    if (outcome.equals("answered") || outcome.equals("ghost") || logged.arrived() == Instant.MAX) {
      return Optional.empty();
    }
    Duration rang = Duration.between(logged.arrived(), clock.instant());
    return new PingCalls(screener.config(), screener.normaliser())
        .pingCall(logged.decision().callerInfo(), rang);
  }
}
