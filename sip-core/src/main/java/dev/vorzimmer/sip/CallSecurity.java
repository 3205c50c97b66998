package dev.vorzimmer.sip;

import java.util.Locale;

/**
 * How one call is protected: its signalling (SIP over TLS on our hop, or not) and its audio (SRTP,
 * or plain RTP). sip-core derives both from the call itself — the transport the INVITE came over
 * (or went out on), and the negotiated media — so nothing here is configuration.
 *
 * @param signalling whether the SIP messages of the call travel over TLS
 * @param media whether the audio is (or, for a call still ringing, will be) SRTP
 */
public record CallSecurity(Signalling signalling, Media media) {

  /** Neither signalling nor audio is encrypted. */
  public static final CallSecurity PLAIN = new CallSecurity(Signalling.PLAIN, Media.PLAIN);

  /** The transport of the call's SIP messages. */
  public enum Signalling {
    PLAIN,
    TLS
  }

  /** The protection of the call's audio. */
  public enum Media {
    PLAIN,
    SRTP
  }

  /** What the user is told, from best to worst. */
  public enum Level {
    /** TLS and SRTP: nobody on the path can read who calls or listen in. */
    FULL,
    /** SRTP over unencrypted signalling: the keys can be read by anyone who reads the SIP. */
    MEDIA_ONLY,
    /** TLS with plain RTP: the audio can be heard on the path. */
    SIGNALLING_ONLY,
    /** Nothing is encrypted. */
    NONE
  }

  public CallSecurity {
    if (signalling == null || media == null) {
      throw new IllegalArgumentException("signalling and media must be given");
    }
  }

  /** The security of a call whose signalling ran over TLS or not and whose audio is SRTP or not. */
  public static CallSecurity of(boolean tls, boolean srtp) {
    return new CallSecurity(
        tls ? Signalling.TLS : Signalling.PLAIN, srtp ? Media.SRTP : Media.PLAIN);
  }

  /**
   * Reads the names {@link #signallingName()} and {@link #mediaName()} write ({@code tls}/{@code
   * plain}, {@code srtp}/{@code plain}); anything else, the empty string included, is plain.
   */
  public static CallSecurity parse(String signalling, String media) {
    return of("tls".equalsIgnoreCase(signalling), "srtp".equalsIgnoreCase(media));
  }

  /** True when the audio runs over SRTP. */
  public boolean srtp() {
    return media == Media.SRTP;
  }

  /** True when the signalling runs over TLS. */
  public boolean tls() {
    return signalling == Signalling.TLS;
  }

  /** Same signalling, the given audio protection. */
  public CallSecurity withMedia(boolean srtp) {
    return new CallSecurity(signalling, srtp ? Media.SRTP : Media.PLAIN);
  }

  public Level level() {
    if (tls()) {
      return srtp() ? Level.FULL : Level.SIGNALLING_ONLY;
    }
    return srtp() ? Level.MEDIA_ONLY : Level.NONE;
  }

  /** {@code tls} or {@code plain}, as stored and printed by {@code calls --json}. */
  public String signallingName() {
    return signalling.name().toLowerCase(Locale.ROOT);
  }

  /** {@code srtp} or {@code plain}, as stored and printed by {@code calls --json}. */
  public String mediaName() {
    return media.name().toLowerCase(Locale.ROOT);
  }
}
