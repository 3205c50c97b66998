package dev.vorzimmer.sip.sdp;

import java.util.List;
import java.util.OptionalInt;

/**
 * The audio part of an SDP offer or answer: what a media session needs, free of SDP syntax.
 *
 * @param address the connection address ({@code c=}); {@code 0.0.0.0} means "hold" (RFC 2543 style)
 * @param port the RTP port ({@code m=audio PORT}); 0 means the stream is rejected
 * @param formats payload formats in preference order
 * @param direction media direction
 * @param ptimeMillis packet time if the peer asked for one
 * @param protocol the m-line's transport protocol ({@code RTP/AVP}, {@code RTP/SAVP}, …)
 * @param crypto the usable SDES {@code a=crypto} lines, in the peer's order (unusable ones are left
 *     out)
 */
public record AudioDescription(
    String address,
    int port,
    List<PayloadFormat> formats,
    MediaDirection direction,
    OptionalInt ptimeMillis,
    String protocol,
    List<SdesCrypto> crypto) {
  /** Plain RTP/AVP. */
  public static final String AVP = "RTP/AVP";

  /** SRTP (RFC 3711). */
  public static final String SAVP = "RTP/SAVP";

  public AudioDescription {
    formats = List.copyOf(formats);
    crypto = List.copyOf(crypto);
  }

  /** An RTP/AVP stream without crypto lines. */
  public AudioDescription(
      String address,
      int port,
      List<PayloadFormat> formats,
      MediaDirection direction,
      OptionalInt ptimeMillis) {
    this(address, port, formats, direction, ptimeMillis, AVP, List.of());
  }

  /** True for {@code RTP/SAVP}: the peer accepts SRTP only. */
  public boolean srtpOnly() {
    return SAVP.equals(protocol);
  }

  /** True when the peer puts the call on hold (sendonly/inactive or the old 0.0.0.0 address). */
  public boolean isHold() {
    return direction == MediaDirection.SENDONLY
        || direction == MediaDirection.INACTIVE
        || "0.0.0.0".equals(address);
  }

  /** The first voice codec (not telephone-event), if any. */
  public java.util.Optional<PayloadFormat> voiceCodec() {
    return formats.stream().filter(f -> !f.isTelephoneEvent()).findFirst();
  }

  /** The telephone-event format, if offered. */
  public java.util.Optional<PayloadFormat> telephoneEvent() {
    return formats.stream().filter(PayloadFormat::isTelephoneEvent).findFirst();
  }
}
