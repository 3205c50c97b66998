package dev.vorzimmer.sip;

/**
 * Receives events of a {@link SipAgent}. Called on the agent's single SIP event thread: return
 * quickly and hand longer work to another thread. Exceptions thrown here are logged and do not
 * affect the agent. A listener that only prints or logs can ask for {@link Delivery#BACKGROUND}
 * instead ({@link #delivery()}).
 */
public interface SipAgentListener {

  /** Where a listener's events are delivered. */
  enum Delivery {
    /**
     * On the SIP event thread, while the agent publishes (the default): for listeners that must see
     * a call's state before the agent goes on (call log, call-back allowance, the window's adapter,
     * which hops to the EDT itself).
     */
    EVENT_THREAD,
    /**
     * On the agent's one listener thread, in the order the agent published them (so also in order
     * per call), a little later than the SIP side: for listeners that print or log, which must not
     * slow the event thread during a flood of calls. Such a listener must not expect {@link
     * SipAgent#calls()} to still show the state it is told about. If it falls more than 10,000
     * events behind, newer events are dropped for it and the drop is logged.
     */
    BACKGROUND
  }

  /** Where this listener wants its events; read once, when it is added. */
  default Delivery delivery() {
    return Delivery.EVENT_THREAD;
  }

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
