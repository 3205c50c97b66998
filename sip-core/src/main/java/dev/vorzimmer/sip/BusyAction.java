package dev.vorzimmer.sip;

/** What happens to a call the policy wants to ring while the user is already talking. */
public enum BusyAction {
  /** The answering machine takes it (the default). */
  VOICEMAIL,
  /** Turn it away with 486 Busy Here. */
  BUSY
}
