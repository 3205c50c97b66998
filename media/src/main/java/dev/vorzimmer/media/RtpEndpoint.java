package dev.vorzimmer.media;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Where and how to send RTP, as negotiated in SDP.
 *
 * @param remote the peer's RTP address from SDP ({@code c=} and {@code m=} port)
 * @param payloadType 0 (PCMU) or 8 (PCMA)
 * @param telephoneEventPayloadType dynamic payload type of RFC 4733 {@code telephone-event}
 *     (e.g. 101), or -1 if the peer did not offer it
 * @param ptimeMillis packet duration, 20 or 30
 * @param latchToSource send to the source address of the first received packet instead of
 *     {@code remote} (symmetric RTP behind NAT); later packets from other sources are ignored
 */
public record RtpEndpoint(InetSocketAddress remote, int payloadType, int telephoneEventPayloadType,
                          int ptimeMillis, boolean latchToSource) {

    /** Validates the values. */
    public RtpEndpoint {
        Objects.requireNonNull(remote, "remote");
        if (payloadType != 0 && payloadType != 8) {
            throw new IllegalArgumentException("unsupported payload type " + payloadType + " (need 0 PCMU or 8 PCMA)");
        }
        if (telephoneEventPayloadType != -1 && (telephoneEventPayloadType < 96 || telephoneEventPayloadType > 127)) {
            throw new IllegalArgumentException("telephone-event payload type must be 96..127 or -1: "
                    + telephoneEventPayloadType);
        }
        if (ptimeMillis != 20 && ptimeMillis != 30) {
            throw new IllegalArgumentException("unsupported ptime " + ptimeMillis + " ms (need 20 or 30)");
        }
    }

    /** PCMU or PCMA at 20 ms with telephone-event 101, latching to the first source. */
    public static RtpEndpoint of(InetSocketAddress remote, int payloadType) {
        return new RtpEndpoint(remote, payloadType, 101, 20, true);
    }

    /** Samples (= timestamp units at 8 kHz) per packet. */
    public int samplesPerPacket() {
        return ptimeMillis * 8;
    }
}
