/**
 * Transport-neutral internals of the SIP agent: timing rules and listener dispatch. No JAIN-SIP
 * here.
 */
package dev.vorzimmer.sip.internal;
