package dev.vorzimmer.app;

import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.PingCalls;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.sip.CallSecurity;
import dev.vorzimmer.sip.IncomingCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call-log rows of {@link ScreeningPolicy}'s calls: written on the single {@code store} lane,
 * in order (a database held by another process delays the log, never a decision or the SIP thread);
 * {@code onChange} runs after each write. A call that ends before its row is written (a rejected
 * call, typically: its 603 goes out while the row still waits on the lane) gets row and end in one
 * write, so a blocked call costs the database one transaction, not two.
 */
final class CallRows {
  private static final Logger log = LoggerFactory.getLogger(CallRows.class);

  private final Screener screener;
  private final CallLog callLog;
  private final Executor store;
  private final Clock clock;
  private final Runnable onChange;

  /** Rows queued on the lane and not yet written, by the future of their id. */
  private final Map<CompletableFuture<Long>, Unwritten> unwritten = new ConcurrentHashMap<>();

  CallRows(Screener screener, CallLog callLog, Executor store, Clock clock, Runnable onChange) {
    this.screener = screener;
    this.callLog = callLog;
    this.store = store;
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

  /**
   * Writes the row of a decided call ("ringing", or its end if it ended before the write);
   * completes with its id.
   */
  CompletableFuture<Long> add(IncomingCall call, String shown, Decision d, String line) {
    Instant time = clock.instant();
    CompletableFuture<Long> id = new CompletableFuture<>();
    Unwritten row = new Unwritten();
    unwritten.put(id, row);
    try {
      store.execute(() -> write(call, shown, d, line, time, id, row));
    } catch (RejectedExecutionException e) {
      unwritten.remove(id);
      throw e;
    }
    return id;
  }

  private void write(
      IncomingCall call,
      String shown,
      Decision d,
      String line,
      Instant time,
      CompletableFuture<Long> id,
      Unwritten row) {
    unwritten.remove(id);
    Optional<CallLog.End> end = row.take();
    Optional<String> e164 = d.callerInfo().e164();
    String verdict = d.verdict().name();
    long written;
    try {
      written =
          end.isPresent()
              ? callLog.logEndedCall(
                  time, shown, e164, call.displayName(), verdict, d.reasons(), line, end.get())
              : callLog.logCall(
                  time, shown, e164, call.displayName(), verdict, d.reasons(), "ringing", line);
    } catch (RuntimeException e) {
      log.error("could not log call {} in the call log", call.callId(), e);
      id.completeExceptionally(e);
      return;
    }
    id.complete(written);
    onChange.run();
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
