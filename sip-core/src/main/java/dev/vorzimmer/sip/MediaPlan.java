package dev.vorzimmer.sip;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the media side needs to know about a call's audio, as negotiated in SDP, free of SDP syntax.
 *
 * @param remote where the peer wants RTP ({@code c=} address and {@code m=} port)
 * @param payloadType the voice codec's RTP payload type (0 PCMU, 8 PCMA)
 * @param encoding the codec name ({@code PCMU} or {@code PCMA})
 * @param telephoneEventPayloadType RFC 4733 DTMF payload type, if negotiated
 * @param ptimeMillis packet time to send (20 or 30)
 * @param sending whether we send audio (false while the peer holds us or the stream is inactive)
 * @param receiving whether we receive audio
 * @param srtp the SRTP keys when the audio is encrypted (SDES); empty for plain RTP
 */
public record MediaPlan(
    InetSocketAddress remote,
    int payloadType,
    String encoding,
    OptionalInt telephoneEventPayloadType,
    int ptimeMillis,
    boolean sending,
    boolean receiving,
    Optional<SrtpKeys> srtp) {

  public MediaPlan {
    Objects.requireNonNull(srtp, "srtp");
  }

  /** A plan for plain RTP. */
  public MediaPlan(
      InetSocketAddress remote,
      int payloadType,
      String encoding,
      OptionalInt telephoneEventPayloadType,
      int ptimeMillis,
      boolean sending,
      boolean receiving) {
    this(
        remote,
        payloadType,
        encoding,
        telephoneEventPayloadType,
        ptimeMillis,
        sending,
        receiving,
        Optional.empty());
  }

  /** True when the audio runs over SRTP. */
  public boolean encrypted() {
    return srtp.isPresent();
  }
}
