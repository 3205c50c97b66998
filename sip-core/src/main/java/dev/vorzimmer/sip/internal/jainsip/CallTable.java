package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.GhostCall;
import dev.vorzimmer.sip.MediaEncryption;
import dev.vorzimmer.sip.internal.ListenerBus;
import dev.vorzimmer.sip.sdp.SdesKeys;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of one agent by Call-ID, and the one place that changes their state and tells the
 * listeners. It also counts what overload handling needs: the calls waiting for the policy's
 * decision (with the overload mark of their arrival) and the intercepts playing early media, which
 * have their own limit and hold no call slot. Confined to the SIP event thread.
 */
final class CallTable {

  private static final Logger LOG = LoggerFactory.getLogger(CallTable.class);

  private final Map<String, CallSession> calls = new HashMap<>();
  private final Map<String, Long> awaitingDecision = new HashMap<>();
  private final Set<String> intercepting = new HashSet<>();
  private CompletableFuture<Void> empty;
  private final ListenerBus bus;
  private final SipContext context;
  private java.util.function.Consumer<CallSession> onConnected = call -> {};

  private final MediaEncryption encryption;
  private final SecureRandom random = new SecureRandom();

  CallTable(SipContext context, ListenerBus bus, MediaEncryption encryption) {
    this.context = context;
    this.bus = bus;
    this.encryption = encryption;
  }

  /**
   * Called for every call that becomes ACTIVE or VOICEMAIL (the call length limit starts there).
   */
  void onConnected(java.util.function.Consumer<CallSession> hook) {
    this.onConnected = hook;
  }

  CallSession get(String callId) {
    return calls.get(callId);
  }

  /**
   * The calls that count against {@code CallSettings.maxCalls}: all but the intercepts and the
   * calls still waiting for the policy's decision (those are bounded by {@code
   * maxPendingDecisions}: a stall of a few hundred milliseconds at a high call rate must not turn
   * the calls that arrived meanwhile away).
   */
  int holdingSlots() {
    return calls.size() - intercepting.size() - awaitingDecision.size();
  }

  /**
   * Notes that {@code call} waits for the policy's decision since the overload mark {@code mark}.
   */
  void awaitDecision(CallSession call, long mark) {
    awaitingDecision.put(call.callId(), mark);
  }

  /**
   * Notes that {@code call} waits no longer (decided, timed out); returns the mark of its arrival,
   * empty if it was not waiting.
   */
  OptionalLong decided(CallSession call) {
    Long mark = awaitingDecision.remove(call.callId());
    return mark == null ? OptionalLong.empty() : OptionalLong.of(mark);
  }

  /** Calls waiting for the policy's decision. */
  int pendingDecisions() {
    return awaitingDecision.size();
  }

  /** Notes that {@code call} plays an intercept until it ends. */
  void intercepting(CallSession call) {
    intercepting.add(call.callId());
  }

  /** Intercepts playing now. */
  int intercepts() {
    return intercepting.size();
  }

  /** Every call not yet ended, in no particular order. */
  List<CallSession> all() {
    return List.copyOf(calls.values());
  }

  /** Completes (on the event thread) once no call is left; at once if there is none. */
  CompletableFuture<Void> whenEmpty() {
    if (calls.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    if (empty == null) {
      empty = new CompletableFuture<>();
    }
    return empty;
  }

  /** True when some call other than {@code except} is talking with the user. */
  boolean userBusy(CallSession except) {
    for (CallSession c : calls.values()) {
      boolean talking =
          c.incoming() ? c.is(CallState.CONNECTING, CallState.ACTIVE) : !c.is(CallState.ENDING);
      if (c != except && c.media().purpose() == CallMedia.Purpose.LIVE && talking) {
        return true;
      }
    }
    return false;
  }

  /** Registers a new call and reports its initial state. */
  void add(CallSession call, String reason) {
    call.useKeys(new SdesKeys(encryption, random));
    calls.put(call.callId(), call);
    publish(call, reason, Optional.empty());
  }

  /** Moves a call to a non-final state and reports it. */
  void move(CallSession call, CallState next, String reason) {
    call.transitionTo(next, reason);
    if (next == CallState.ACTIVE || next == CallState.VOICEMAIL) {
      onConnected.accept(call);
    }
    publish(call, reason, Optional.empty());
  }

  /** Ends a call: stops its timer and media, forgets it and reports the outcome. Idempotent. */
  void end(CallSession call, CallOutcome outcome, String reason) {
    end(call, outcome, reason, false);
  }

  /**
   * As {@link #end}, for an end whose cause was logged where it was decided (a policy's rejection):
   * the move to ENDED is logged at DEBUG, so a flood of rejected calls writes one line per call.
   */
  void endLoggedElsewhere(CallSession call, CallOutcome outcome, String reason) {
    end(call, outcome, reason, true);
  }

  private void end(CallSession call, CallOutcome outcome, String reason, boolean loggedElsewhere) {
    if (!call.endWith(reason, loggedElsewhere)) {
      return;
    }
    calls.remove(call.callId());
    awaitingDecision.remove(call.callId());
    intercepting.remove(call.callId());
    publish(call, reason, Optional.of(outcome));
    if (calls.isEmpty() && empty != null) {
      CompletableFuture<Void> done = empty;
      empty = null;
      done.complete(null);
    }
  }

  /** Reports a call that was refused before it became a call (ghost, flood, bad SDP). */
  void reportRefused(String callId, String peer, CallOutcome outcome, String reason) {
    bus.publishCall(
        new CallEvent(callId, true, CallState.ENDED, peer, "", Optional.of(outcome), reason));
  }

  /** Reports a refused ghost INVITE (every one, for counting). */
  void reportGhost(GhostCall ghost) {
    bus.publishGhost(ghost);
  }

  /** Runs {@code task} on the event thread after {@code delay} as the call's single timer. */
  void schedule(CallSession call, Duration delay, Runnable task) {
    call.timers()
        .arm(
            context
                .events()
                .schedule(
                    () -> {
                      call.timers().fired();
                      task.run();
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS));
  }

  private void publish(CallSession call, String reason, Optional<CallOutcome> outcome) {
    bus.publishCall(
        new CallEvent(
            call.callId(),
            call.incoming(),
            call.state(),
            call.peer(),
            call.displayName(),
            outcome,
            reason,
            call.security()));
  }
}
