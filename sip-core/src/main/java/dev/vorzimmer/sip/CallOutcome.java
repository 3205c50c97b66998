package dev.vorzimmer.sip;

/** How a call ended, as the call log shows it. */
public enum CallOutcome {
  /** The user talked to the caller (incoming answered, or outgoing connected). */
  ANSWERED,
  /** It rang and nobody answered, or the caller gave up while it rang. */
  MISSED,
  /** The answering machine took it. */
  VOICEMAIL,
  /** Turned away by the policy or by the user (Decline). */
  REJECTED,
  /** The caller cancelled before the call was decided or answered (outside ringing). */
  CANCELLED,
  /** Refused as a ghost call (not from our provider, or not for our user). */
  GHOST,
  /** An outgoing call that failed (busy, not found, no answer…), or a protocol failure. */
  FAILED
}
