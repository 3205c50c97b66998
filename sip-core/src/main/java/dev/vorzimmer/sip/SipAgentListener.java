package dev.vorzimmer.sip;

/**
 * Receives events of a {@link SipAgent}. Called on the agent's single SIP event thread: return quickly
 * and hand longer work to another thread. Exceptions thrown here are logged and do not affect the agent.
 */
public interface SipAgentListener {

    /** The registration state changed. */
    default void onRegistration(RegistrationEvent event) {
    }
}
