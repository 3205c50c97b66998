package dev.vorzimmer.sip;

import java.util.Optional;

/**
 * An incoming call as the policy sees it: who is calling, as far as the SIP headers tell, and
 * nothing of JAIN-SIP.
 *
 * @param callId the SIP Call-ID (also the key of this call in events and the call log)
 * @param number the presented number (user part of the most trustworthy identity:
 *     P-Asserted-Identity or Remote-Party-ID from a trusted source, else From), e.g. {@code
 *     +4930123456}, {@code 030123}, {@code anonymous}; may be empty
 * @param numberSource which header {@code number} came from ({@code P-Asserted-Identity}, {@code
 *     Remote-Party-ID}, {@code From})
 * @param displayName display name of that identity (may be empty; never proof of anything)
 * @param privacy the caller's privacy request: {@code Privacy} header values joined by ";" (e.g.
 *     {@code id}), or {@code id} for Remote-Party-ID {@code privacy=full}; empty if none
 * @param verstat STIR/SHAKEN verification status, if the network sent one
 * @param fromUri the From URI as received
 * @param requestUser the user part of the Request-URI (who was called)
 * @param source the address the INVITE came from, {@code host:port}
 */
public record IncomingCall(
    String callId,
    String number,
    String numberSource,
    String displayName,
    String privacy,
    Optional<String> verstat,
    String fromUri,
    String requestUser,
    String source) {}
