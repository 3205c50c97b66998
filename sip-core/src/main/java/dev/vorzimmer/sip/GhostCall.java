package dev.vorzimmer.sip;

/**
 * An INVITE refused with 403 before screening because it did not come through our provider (or was
 * not for our user). Delivered to {@link SipAgentListener#onGhostCall} for every ghost INVITE, also
 * for those beyond the per-source rate limit, so an app can count them; only the first few per
 * source are logged one by one.
 *
 * @param callId the INVITE's Call-ID
 * @param peer the number or user the INVITE claimed to come from (untrusted)
 * @param source the IP address the packet came from ("" if unknown)
 * @param reason why it counts as a ghost call
 */
public record GhostCall(String callId, String peer, String source, String reason) {}
