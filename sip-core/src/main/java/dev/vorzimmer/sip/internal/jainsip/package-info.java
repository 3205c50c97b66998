/**
 * The only place that talks to JAIN-SIP ({@code javax.sip}, {@code gov.nist}). Every stack callback
 * is moved onto one event thread, which owns all SIP state (registration and calls); timers run on
 * the same single-threaded scheduler. Calls: {@code CallService} wires {@code IncomingCalls}
 * (screening), {@code Connector} (final answer, ACK), {@code CallControl} (CANCEL, BYE), {@code
 * ReInvites} (hold) and {@code OutgoingCalls}; {@code CallTable} is the one place that changes a
 * call's state and reports it.
 */
package dev.vorzimmer.sip.internal.jainsip;
