package dev.vorzimmer.app;

import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.screening.store.CallLog;
import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallSecurity;
import dev.vorzimmer.sip.IncomingCall;
import dev.vorzimmer.sip.IncomingCallPolicy;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts the screener to sip-core's {@link IncomingCallPolicy}: every incoming call is decided by
 * the screening rules, written to the call log with its reasons, and its outcome is filled in when
 * the call ends. Decisions run on {@code executor}, never on the SIP thread (an online lookup may
 * take up to its budget); call-log writes run on the single {@code store} lane, in order, so a
 * database held by another process (a long {@code vorzimmer block import}) delays the log, never a
 * decision or the SIP thread. Ghost calls are summarised by {@link GhostLog}, not here.
 */
public final class ScreeningPolicy implements IncomingCallPolicy, SipAgentListener {
  private static final Logger log = LoggerFactory.getLogger(ScreeningPolicy.class);

  /** The decision path's warm-up, once started ({@link #warmUp}). */
  private CompletableFuture<Integer> warmUp;

  /** Reasons in the log and the SIP layer's call events are English; the user sees them worded. */
  private static final ReasonTexts ENGLISH = ReasonTexts.of(Locale.ENGLISH);

  private final Screener screener;
  private final Executor executor;
  private final Clock clock;
  private final Map<String, Logged> calls = new ConcurrentHashMap<>();
  private final UnaryOperator<Decision> override;
  private final RingTimeouts rings = new RingTimeouts();

  /**
   * Calls being decided, and the outcome of those that ended meanwhile (cancelled, policy timeout);
   * guarded by itself.
   */
  private final Map<String, Optional<Ended>> deciding = new HashMap<>();

  private final List<Runnable> logListeners = new CopyOnWriteArrayList<>();
  private final Dispositions dispositions;
  private final CallRows rows;

  /** Rejected calls' decision lines logged one by one per second; a flood's rest is counted. */
  static final int REJECTED_LINES_PER_SECOND = 10;

  /** True when a rejected call's decision line is to be logged ({@link FloodLines}). */
  private final BooleanSupplier logRejected;

  /**
   * A call's decision and its row in the log (completed on the store lane once written), and when
   * it arrived.
   */
  public record Logged(CompletableFuture<Long> logId, Decision decision, Instant arrived) {
    /** A call whose arrival time does not matter (no ping-call mark). */
    public Logged(CompletableFuture<Long> logId, Decision decision) {
      this(logId, decision, Instant.MAX);
    }
  }

  /** How a call ended: its outcome as the log writes it and how it was protected. */
  private record Ended(String outcome, CallSecurity security) {}

  /**
   * @param executor runs decisions (may wait for an online lookup)
   * @param store a single thread for call-log writes (shared with the message index); a {@link
   *     java.util.concurrent.ScheduledExecutorService} lets rejected calls' rows wait there up to
   *     20 ms to be written together
   */
  public ScreeningPolicy(
      Screener screener, CallLog callLog, Executor executor, Executor store, Clock clock) {
    this(screener, callLog, executor, store, clock, UnaryOperator.identity());
  }

  /**
   * @param override applied to each decision after the rules (do not disturb)
   */
  public ScreeningPolicy(
      Screener screener,
      CallLog callLog,
      Executor executor,
      Executor store,
      Clock clock,
      UnaryOperator<Decision> override) {
    this(screener, callLog, executor, store, clock, override, new Dispositions());
  }

  /**
   * @param dispositions turns decisions into what sip-core does (with the challenge's timing)
   */
  ScreeningPolicy(
      Screener screener,
      CallLog callLog,
      Executor executor,
      Executor store,
      Clock clock,
      UnaryOperator<Decision> override,
      Dispositions dispositions) {
    this.dispositions = dispositions;
    this.override = override;
    this.screener = screener;
    this.executor = executor;
    this.clock = clock;
    this.rows = new CallRows(screener, callLog, store, clock, this::callLogChanged);
    this.logRejected =
        store instanceof ScheduledExecutorService timer
            ? new FloodLines(REJECTED_LINES_PER_SECOND, System::nanoTime, timer, this::logLeftOut)
                ::admit
            : () -> true;
  }

  /**
   * Runs {@code onChange} (on the screening executor) after each write to the call log — a new call
   * or an outcome — so a view can re-read it. Must be quick; exceptions are logged.
   */
  public void addCallLogListener(Runnable onChange) {
    logListeners.add(onChange);
  }

  void callLogChanged() {
    for (Runnable r : logListeners) {
      try {
        r.run();
      } catch (RuntimeException e) {
        log.warn("call-log listener failed", e);
      }
    }
  }

  @Override
  public CompletionStage<CallDisposition> evaluate(IncomingCall call) {
    return evaluate(call, "", UnaryOperator.identity());
  }

  /**
   * The policy for the calls of one line: their rows name {@code line}, and {@code lineRule}
   * (screening off in the line's ring hours) applies to each decision before do-not-disturb.
   */
  public IncomingCallPolicy forLine(String line, UnaryOperator<Decision> lineRule) {
    return call -> evaluate(call, line, lineRule);
  }

  private CompletionStage<CallDisposition> evaluate(
      IncomingCall call, String line, UnaryOperator<Decision> lineRule) {
    synchronized (deciding) {
      deciding.put(call.callId(), Optional.empty());
    }
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return decide(call, line, lineRule);
          } finally {
            synchronized (deciding) {
              deciding.remove(call.callId());
            }
          }
        },
        executor);
  }

  private CallDisposition decide(IncomingCall call, String line, UnaryOperator<Decision> lineRule) {
    Instant arrived = clock.instant();
    Caller caller = new Caller(call.number(), call.displayName(), call.privacy(), call.verstat());
    Decision d = override.apply(lineRule.apply(screener.decide(caller)));
    // A caller who withheld the number keeps it withheld: the log shows why, not the number.
    String shown = d.callerInfo().hasNumber() ? call.number() : d.callerInfo().displayNumber();
    CompletableFuture<Long> id = rows.add(call, shown, d, line);
    remember(call.callId(), new Logged(id, d, arrived));
    if (d.verdict() != Verdict.REJECT || logRejected.getAsBoolean()) {
      log.info(
          "call {} from {} ({}): {} — {}",
          call.callId(),
          shown,
          call.numberSource(),
          d.verdict(),
          ENGLISH.render(d.reasons()));
    }
    if (!shown.equals(call.number())) {
      log.debug(
          "call {}: the withheld number from {} is {}",
          call.callId(),
          call.numberSource(),
          call.number());
    }
    return dispositions.of(d, screener.config().challenge());
  }

  private void logLeftOut(int count) {
    log.info(
        "{} more rejected calls in the last second not logged one by one (a flood); the call log"
            + " has every call (vorzimmer calls)",
        count);
  }

  /**
   * Takes synthetic callers through the decision path on the decision executor, recording nothing
   * ({@link DecisionWarmUp}); completes when done. Started once: later calls return the same
   * future. Start it as early as possible (it runs beside the rest of the start) and wait for it
   * before registering.
   */
  public synchronized CompletableFuture<Integer> warmUp() {
    if (warmUp == null) {
      warmUp =
          CompletableFuture.supplyAsync(
              () -> DecisionWarmUp.run(screener, override, dispositions), executor);
    }
    return warmUp;
  }

  /** The decision for a call still known to the policy (for the UI). */
  public Optional<Logged> decisionFor(String callId) {
    return Optional.ofNullable(calls.get(callId));
  }

  @Override
  public void onCall(CallEvent event) {
    if (!event.incoming()) {
      return;
    }
    rings
        .onEvent(event)
        .ifPresent(
            seconds ->
                calls.computeIfPresent(
                    event.callId(),
                    (id, l) ->
                        new Logged(
                            l.logId(),
                            withReason(l.decision(), RingTimeouts.reason(seconds)),
                            l.arrived())));
    if (event.outcome().isEmpty()) {
      return;
    }
    String name = event.outcome().get().name().toLowerCase(Locale.ROOT);
    Optional<Long> rang = rings.take(event.callId());
    String text =
        !CallLog.OUTCOMES.contains(name)
            ? "missed"
            : "voicemail".equals(name) && rang.isPresent() ? "unanswered" : name;
    Logged logged;
    synchronized (deciding) {
      logged = calls.remove(event.callId());
      if (logged == null && deciding.containsKey(event.callId())) {
        deciding.put(
            event.callId(),
            Optional.of(new Ended(text, event.security()))); // remember() records it later
      }
    }
    if (logged != null) {
      if (rang.isPresent()) {
        rows.updateReasons(logged);
      }
      recordOutcome(event.callId(), logged, new Ended(text, event.security()));
    }
  }

  /**
   * Keeps the decision until the call ends, or records the outcome at once if it ended while being
   * decided.
   */
  private void remember(String callId, Logged logged) {
    Optional<Ended> ended;
    synchronized (deciding) {
      ended = deciding.getOrDefault(callId, Optional.empty());
      if (ended.isEmpty()) {
        calls.put(callId, logged);
      }
    }
    ended.ifPresent(e -> recordOutcome(callId, logged, e)); // ended before it was answered
  }

  private void recordOutcome(String callId, Logged logged, Ended ended) {
    // Off the SIP thread and after the row was written: a database write may wait for the CLI's
    // lock.
    rows.end(callId, logged, ended.outcome(), ended.security());
  }

  /** {@code d} with {@code reason} (what happened after screening) as its deciding reason. */
  private static Decision withReason(Decision d, Reason reason) {
    List<Reason> reasons = new ArrayList<>(d.reasons());
    reasons.add(reason);
    return new Decision(d.verdict(), reasons, d.callerInfo(), d.greeting(), d.rejectStatus());
  }

  /** The greeting id media understands: "default", "anonymous" or a language code. */
  static String greetingId(GreetingChoice g) {
    return Dispositions.greetingId(g);
  }
}
