package dev.vorzimmer.sip;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one call. Moves are checked: {@link #canGoTo} lists the legal next states, and every
 * change goes through one {@code transitionTo} that logs old → new. Hold, DTMF and re-INVITEs are
 * events within a state, not states.
 */
public enum CallState {
  /** Incoming INVITE answered with 100 Trying; the policy is deciding. */
  SCREENING,
  /** 180 Ringing sent; waiting for the user (or the ring timeout). */
  RINGING,
  /** Outgoing INVITE sent; no provisional answer with a dialog yet. */
  CALLING,
  /** Outgoing call got 180/183 (maybe early media). */
  EARLY,
  /** 200 OK sent for an incoming call; waiting for the ACK. */
  CONNECTING,
  /** The user is talking. */
  ACTIVE,
  /** The answering machine has the call (greeting, then recording). */
  VOICEMAIL,
  /**
   * Answered for the robot challenge: the prompt plays, a digit is awaited. Passing moves it to
   * {@link #RINGING} (the call stays answered; Answer connects it live).
   */
  CHALLENGE,
  /** We sent BYE or CANCEL and wait for the answer. */
  ENDING,
  /** Over; a final state. */
  ENDED;

  private Set<CallState> next;

  static {
    SCREENING.next = EnumSet.of(RINGING, CONNECTING, ENDED);
    RINGING.next = EnumSet.of(CONNECTING, ACTIVE, VOICEMAIL, ENDING, ENDED);
    CALLING.next = EnumSet.of(EARLY, ACTIVE, ENDING, ENDED);
    EARLY.next = EnumSet.of(ACTIVE, ENDING, ENDED);
    CONNECTING.next = EnumSet.of(ACTIVE, VOICEMAIL, CHALLENGE, ENDING, ENDED);
    CHALLENGE.next = EnumSet.of(RINGING, VOICEMAIL, ENDING, ENDED);
    ACTIVE.next = EnumSet.of(ENDING, ENDED);
    VOICEMAIL.next = EnumSet.of(ENDING, ENDED);
    ENDING.next = EnumSet.of(ENDED);
    ENDED.next = EnumSet.noneOf(CallState.class);
  }

  /** True when a call in this state may move to {@code target}. */
  public boolean canGoTo(CallState target) {
    return next.contains(target);
  }

  /** True for {@link #ENDED}. */
  public boolean isFinal() {
    return this == ENDED;
  }
}
