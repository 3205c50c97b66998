/**
 * The SIP user agent of Vorzimmer: registration with a provider (or a local line without one),
 * incoming calls screened before they ring, and outgoing calls.
 *
 * <p>Entry point is {@link dev.vorzimmer.sip.SipAgent}; state changes arrive as {@link
 * dev.vorzimmer.sip.RegistrationEvent}s and {@link dev.vorzimmer.sip.CallEvent}s on a {@link
 * dev.vorzimmer.sip.SipAgentListener}. The app plugs in the screening decision ({@link
 * dev.vorzimmer.sip.IncomingCallPolicy}) and the audio ({@link dev.vorzimmer.sip.CallMedia}). No
 * type of this package exposes JAIN-SIP.
 */
package dev.vorzimmer.sip;
