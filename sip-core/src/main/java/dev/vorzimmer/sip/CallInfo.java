package dev.vorzimmer.sip;

/**
 * A current call as listed by {@link SipAgent#calls()}.
 *
 * @param callId the SIP Call-ID
 * @param incoming true for calls to us
 * @param state the state at the time of the snapshot
 * @param peer the caller's number (incoming) or the dialled target (outgoing)
 * @param displayName the other party's display name, may be empty
 * @param security how the call is protected (signalling over TLS, audio over SRTP)
 */
public record CallInfo(
    String callId,
    boolean incoming,
    CallState state,
    String peer,
    String displayName,
    CallSecurity security) {

  /** A call that is not encrypted. */
  public CallInfo(
      String callId, boolean incoming, CallState state, String peer, String displayName) {
    this(callId, incoming, state, peer, displayName, CallSecurity.PLAIN);
  }

  /** Whether the call's audio runs over SRTP. */
  public boolean encrypted() {
    return security.srtp();
  }
}
