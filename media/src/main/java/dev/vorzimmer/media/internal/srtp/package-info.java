/**
 * SRTP at the RTP socket edge, on jitsi-srtp. Besides {@code internal.jitsi}, the only package that
 * imports {@code org.jitsi.*}.
 */
package dev.vorzimmer.media.internal.srtp;
