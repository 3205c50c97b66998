package dev.vorzimmer.screening;

/** What happens to a call. */
public enum Verdict {
  /** Let the phone ring. */
  RING,
  /** Answer with the answering machine. */
  VOICEMAIL,
  /** Refuse the call with a SIP status (see {@link Decision#rejectStatus()}). */
  REJECT
}
