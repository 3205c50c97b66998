package dev.vorzimmer.sip;

/**
 * Receives events of a {@link SipAgent}. Called on the agent's single SIP event thread: return
 * quickly and hand longer work to another thread. Exceptions thrown here are logged and do not
 * affect the agent.
 */
public interface SipAgentListener {

  /** The registration state changed. */
  default void onRegistration(RegistrationEvent event) {}

  /**
   * A call changed state; every state of every call is reported, ending with exactly one {@link
   * CallState#ENDED} event that carries the outcome. A refused ghost call within the per-source
   * rate limit is also reported by a single ENDED event with outcome {@link CallOutcome#GHOST}.
   */
  default void onCall(CallEvent event) {}

  /**
   * A ghost INVITE was refused with 403 (every one, also beyond the rate limit): count it, do not
   * block.
   */
  default void onGhostCall(GhostCall ghost) {}

  /** The peer of a call sent a key press as SIP INFO (answered 200). */
  default void onDtmf(DtmfEvent event) {}

  /** A robot challenge ended: passed, failed or the caller hung up. */
  default void onChallenge(ChallengeEvent event) {}
}
