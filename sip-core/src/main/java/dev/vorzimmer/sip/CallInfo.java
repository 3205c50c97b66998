package dev.vorzimmer.sip;

/**
 * A current call as listed by {@link SipAgent#calls()}.
 *
 * @param callId the SIP Call-ID
 * @param incoming true for calls to us
 * @param state the state at the time of the snapshot
 * @param peer the caller's number (incoming) or the dialled target (outgoing)
 * @param displayName the other party's display name, may be empty
 * @param encrypted whether the call's audio runs over SRTP
 */
public record CallInfo(
    String callId,
    boolean incoming,
    CallState state,
    String peer,
    String displayName,
    boolean encrypted) {

  /** A call whose audio is not encrypted. */
  public CallInfo(
      String callId, boolean incoming, CallState state, String peer, String displayName) {
    this(callId, incoming, state, peer, displayName, false);
  }
}
