package dev.vorzimmer.media;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to send RTP, as negotiated in SDP.
 *
 * @param remote the peer's RTP address from SDP ({@code c=} and {@code m=} port)
 * @param payloadType the voice payload type on the wire: 0 (PCMU), 8 (PCMA), or a dynamic type
 *     96..127 that the SDP mapped to one of them ({@code a=rtpmap:96 PCMU/8000})
 * @param telephoneEventPayloadType dynamic payload type of RFC 4733 {@code telephone-event} (e.g.
 *     101), or -1 if the peer did not offer it
 * @param ptimeMillis packet duration, 20 or 30
 * @param latchToSource whether another source than {@code remote} may be learned (symmetric RTP
 *     behind NAT): only after a run of in-sequence packets with a negotiated payload type and only
 *     while nothing came from {@code remote}; packets from {@code remote} are always accepted, all
 *     others dropped and counted
 * @param codec the G.711 codec behind {@code payloadType}: 0 (PCMU) or 8 (PCMA)
 * @param srtp SRTP keys when the session is encrypted (every packet sent is SRTP, every packet
 *     received must authenticate); empty for plain RTP
 */
public record RtpEndpoint(
    InetSocketAddress remote,
    int payloadType,
    int telephoneEventPayloadType,
    int ptimeMillis,
    boolean latchToSource,
    int codec,
    Optional<SrtpParameters> srtp) {

  /** Plain RTP. */
  public RtpEndpoint(
      InetSocketAddress remote,
      int payloadType,
      int telephoneEventPayloadType,
      int ptimeMillis,
      boolean latchToSource,
      int codec) {
    this(
        remote,
        payloadType,
        telephoneEventPayloadType,
        ptimeMillis,
        latchToSource,
        codec,
        Optional.empty());
  }

  /** Validates the values. */
  public RtpEndpoint {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(srtp, "srtp");
    if (codec != 0 && codec != 8) {
      throw new IllegalArgumentException("unsupported codec " + codec + " (need 0 PCMU or 8 PCMA)");
    }
    if (payloadType != codec && (payloadType < 96 || payloadType > 127)) {
      throw new IllegalArgumentException(
          "payload type "
              + payloadType
              + " cannot carry codec "
              + codec
              + " (need the static type or a dynamic one, 96..127)");
    }
    if (telephoneEventPayloadType == payloadType) {
      throw new IllegalArgumentException(
          "telephone-event and voice share payload type " + payloadType);
    }
    if (telephoneEventPayloadType != -1
        && (telephoneEventPayloadType < 96 || telephoneEventPayloadType > 127)) {
      throw new IllegalArgumentException(
          "telephone-event payload type must be 96..127 or -1: " + telephoneEventPayloadType);
    }
    if (ptimeMillis != 20 && ptimeMillis != 30) {
      throw new IllegalArgumentException(
          "unsupported ptime " + ptimeMillis + " ms (need 20 or 30)");
    }
  }

  /** A static payload type: {@code payloadType} is the codec (0 PCMU or 8 PCMA). */
  public RtpEndpoint(
      InetSocketAddress remote,
      int payloadType,
      int telephoneEventPayloadType,
      int ptimeMillis,
      boolean latchToSource) {
    this(remote, payloadType, telephoneEventPayloadType, ptimeMillis, latchToSource, payloadType);
  }

  /** PCMU or PCMA at 20 ms with telephone-event 101, latching to the first source. */
  public static RtpEndpoint of(InetSocketAddress remote, int payloadType) {
    return new RtpEndpoint(remote, payloadType, 101, 20, true);
  }

  /**
   * The G.711 codec (0 or 8) of a received payload type: the negotiated type maps to {@link
   * #codec()}, the static types 0 and 8 to themselves; -1 for anything else.
   */
  public int codecOf(int receivedPayloadType) {
    if (receivedPayloadType == payloadType) {
      return codec;
    }
    if (receivedPayloadType == telephoneEventPayloadType) {
      return -1;
    }
    return receivedPayloadType == 0 || receivedPayloadType == 8 ? receivedPayloadType : -1;
  }

  /** The same endpoint with SRTP. */
  public RtpEndpoint withSrtp(SrtpParameters keys) {
    return new RtpEndpoint(
        remote,
        payloadType,
        telephoneEventPayloadType,
        ptimeMillis,
        latchToSource,
        codec,
        Optional.of(keys));
  }

  /** Samples (= timestamp units at 8 kHz) per packet. */
  public int samplesPerPacket() {
    return ptimeMillis * 8;
  }
}
