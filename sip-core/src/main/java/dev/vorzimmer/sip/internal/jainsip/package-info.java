/**
 * The only place that talks to JAIN-SIP ({@code javax.sip}, {@code gov.nist}). Every stack callback is moved
 * onto one event thread, which owns all SIP state; timers run on the same single-threaded scheduler.
 */
package dev.vorzimmer.sip.internal.jainsip;
