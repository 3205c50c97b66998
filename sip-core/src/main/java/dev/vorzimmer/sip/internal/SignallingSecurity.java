package dev.vorzimmer.sip.internal;

import java.util.Locale;

/**
 * Whether a call's signalling ran over TLS, from what the call's INVITE shows (no JAIN-SIP here).
 * What counts is our own hop: the connection the INVITE came in on (or went out on). Only when that
 * is unknown does the topmost Via's transport (the sender's word for the same hop) decide, and only
 * when both are unknown a {@code sips:} Request-URI — a {@code sips:} URI over a plain connection
 * is a broken promise, not encryption.
 */
public final class SignallingSecurity {
  private SignallingSecurity() {}

  /**
   * @param connection the transport of the connection the INVITE used ({@code udp}, {@code tcp},
   *     {@code tls}), or null when unknown
   * @param topVia the transport of the INVITE's topmost Via, or null when there is none
   * @param sipsUri whether the Request-URI is a {@code sips:} URI
   */
  public static boolean overTls(String connection, String topVia, boolean sipsUri) {
    if (connection != null && !connection.isBlank()) {
      return isTls(connection);
    }
    if (topVia != null && !topVia.isBlank()) {
      return isTls(topVia);
    }
    return sipsUri;
  }

  private static boolean isTls(String transport) {
    return transport.trim().toLowerCase(Locale.ROOT).equals("tls");
  }
}
