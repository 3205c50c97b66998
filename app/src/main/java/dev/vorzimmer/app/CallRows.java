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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call-log rows of {@link ScreeningPolicy}'s calls: written on the single {@code store} lane,
 * in order (a database held by another process delays the log, never a decision or the SIP thread);
 * {@code onChange} runs after each write.
 */
final class CallRows {
  private static final Logger log = LoggerFactory.getLogger(CallRows.class);

  private final Screener screener;
  private final CallLog callLog;
  private final Executor store;
  private final Clock clock;
  private final Runnable onChange;

  CallRows(Screener screener, CallLog callLog, Executor store, Clock clock, Runnable onChange) {
    this.screener = screener;
    this.callLog = callLog;
    this.store = store;
    this.clock = clock;
    this.onChange = onChange;
  }

  /** Writes the row of a decided call ("ringing"); completes with its id. */
  CompletableFuture<Long> add(IncomingCall call, String shown, Decision d, String line) {
    CompletableFuture<Long> id =
        CompletableFuture.supplyAsync(
            () ->
                callLog.logCall(
                    clock.instant(),
                    shown,
                    d.callerInfo().e164(),
                    call.displayName(),
                    d.verdict().name(),
                    d.reasons(),
                    "ringing",
                    line),
            store);
    id.whenComplete(
        (row, error) -> {
          if (error != null) {
            log.error("could not log call {} in the call log", call.callId(), error);
          } else {
            onChange.run();
          }
        });
    return id;
  }

  /** Records how {@code logged}'s call ended, once its row is written. */
  void end(String callId, ScreeningPolicy.Logged logged, String outcome, CallSecurity security) {
    logged
        .logId()
        .thenAcceptAsync(
            id -> {
              try {
                // one write per ended call: protection, outcome and mark together
                callLog.recordEnd(
                    id,
                    security.signallingName(),
                    security.srtp() ? security.mediaName() : "",
                    outcome,
                    pingMark(logged, outcome));
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
   * The ping-call mark of a call that ended as {@code outcome}: the user did not talk to the
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
