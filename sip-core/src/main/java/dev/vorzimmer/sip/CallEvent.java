package dev.vorzimmer.sip;

import java.util.Optional;

/**
 * A call changed state. Delivered to {@link SipAgentListener#onCall} on the SIP event thread.
 *
 * @param callId the call (SIP Call-ID)
 * @param incoming true for calls to us, false for calls we placed
 * @param state the new state
 * @param peer the other party: the caller's number for incoming calls, the dialled target for
 *     outgoing
 * @param displayName the other party's display name, if known
 * @param outcome how the call ended, present exactly when {@code state} is {@link CallState#ENDED}
 * @param reason why the state changed, in words ("caller cancelled", "no answer after 25 s", "603
 *     from policy")
 * @param security how the call is protected: signalling over TLS or not, audio SRTP or not (the
 *     audio as negotiated; while an incoming call rings, as it will be if answered)
 */
public record CallEvent(
    String callId,
    boolean incoming,
    CallState state,
    String peer,
    String displayName,
    Optional<CallOutcome> outcome,
    String reason,
    CallSecurity security) {

  /** An event of a call that is not encrypted. */
  public CallEvent(
      String callId,
      boolean incoming,
      CallState state,
      String peer,
      String displayName,
      Optional<CallOutcome> outcome,
      String reason) {
    this(callId, incoming, state, peer, displayName, outcome, reason, CallSecurity.PLAIN);
  }

  public CallEvent {
    if (security == null) {
      throw new IllegalArgumentException("security must be given");
    }
    if (outcome.isPresent() != (state == CallState.ENDED)) {
      throw new IllegalArgumentException("outcome must be present exactly when the call ended");
    }
  }

  /** Whether the call's audio runs over SRTP (known once media was negotiated). */
  public boolean encrypted() {
    return security.srtp();
  }
}
