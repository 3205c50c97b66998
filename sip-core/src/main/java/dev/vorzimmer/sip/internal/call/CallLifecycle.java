package dev.vorzimmer.sip.internal.call;

import dev.vorzimmer.sip.CallState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one call with the one checked way to change it. Confined to the SIP event thread; an
 * illegal move is a programming error and throws (after logging), so it is found in tests.
 */
public final class CallLifecycle {
  private static final Logger log = LoggerFactory.getLogger(CallLifecycle.class);
  private final String callId;
  private CallState state;

  public CallLifecycle(String callId, CallState initial) {
    this.callId = callId;
    this.state = initial;
    // DEBUG: the first transition (or, for an incoming call, the screening decision) tells the
    // story
    log.debug("call {}: new in {}", callId, initial);
  }

  public CallState state() {
    return state;
  }

  /**
   * Moves to {@code next}, logging old → new with {@code reason}.
   *
   * @return the previous state
   * @throws IllegalStateException when the move is not allowed from the current state
   */
  public CallState transitionTo(CallState next, String reason) {
    return transitionTo(next, reason, false);
  }

  /**
   * As {@link #transitionTo}, but the move is logged at DEBUG: for a move whose cause was logged
   * already where it was decided (a policy's rejection: the policy logs why), so a flood of such
   * calls does not write a second line for every call.
   */
  public CallState transitionToLoggedElsewhere(CallState next, String reason) {
    return transitionTo(next, reason, true);
  }

  private CallState transitionTo(CallState next, String reason, boolean quiet) {
    CallState old = state;
    if (!old.canGoTo(next)) {
      log.error("call {}: illegal transition {} -> {} ({})", callId, old, next, reason);
      throw new IllegalStateException(
          "call " + callId + ": illegal transition " + old + " -> " + next);
    }
    state = next;
    if (!quiet) {
      log.info("call {}: {} -> {} ({})", callId, old, next, reason);
    } else if (log.isDebugEnabled()) {
      log.debug("call {}: {} -> {} ({})", callId, old, next, reason);
    }
    return old;
  }

  /** True when the call is in one of {@code states}. */
  public boolean is(CallState... states) {
    for (CallState s : states) {
      if (state == s) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that {@code action} fits the call's state: it must be one of {@code allowed}.
   *
   * @throws IllegalStateException (after logging) when it is not: a programming error
   */
  public void require(String action, CallState... allowed) {
    if (!is(allowed)) {
      log.error("call {}: cannot {} in state {}", callId, action, state);
      throw new IllegalStateException("call " + callId + ": cannot " + action + " in " + state);
    }
  }

  /** True once the call has ended. */
  public boolean isOver() {
    return state.isFinal();
  }
}
