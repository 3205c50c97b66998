package dev.vorzimmer.sip;

/**
 * Whether a call's audio is encrypted with SRTP (SDES keys, RFC 4568, in {@code a=crypto}). SDES
 * keys travel inside the SDP, so they are only secret when SIP runs over TLS; the app warns when
 * SRTP is asked for over UDP or TCP.
 */
public enum MediaEncryption {
  /** Plain RTP only: offers carry no {@code a=crypto}, RTP/SAVP offers are refused with 488. */
  NONE,
  /** Offer RTP/AVP with {@code a=crypto}; use SRTP when the peer takes it, plain RTP otherwise. */
  OPTIONAL,
  /**
   * SRTP or nothing: an offer without a usable {@code a=crypto} gets 488, plain RTP is never sent.
   */
  REQUIRED
}
