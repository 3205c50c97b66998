/**
 * The SIP user agent of Vorzimmer: registration with a provider (or a local line without one).
 *
 * <p>Entry point is {@link dev.vorzimmer.sip.SipAgent}; state changes arrive as
 * {@link dev.vorzimmer.sip.RegistrationEvent}s on a {@link dev.vorzimmer.sip.SipAgentListener}.
 * No type of this package exposes JAIN-SIP.
 */
package dev.vorzimmer.sip;
