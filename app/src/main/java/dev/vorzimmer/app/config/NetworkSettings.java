package dev.vorzimmer.app.config;

import dev.vorzimmer.media.RtpPortRange;
import java.util.Optional;

/**
 * How calls get through NAT and firewalls.
 *
 * @param stun {@code [nat] stun}: a STUN server asked for the public address put into SDP, or none
 * @param rtpPorts {@code [media] rtp_ports}: the local RTP ports calls may use ({@link
 *     RtpPortRange#ANY} by default)
 */
public record NetworkSettings(Optional<HostPort> stun, RtpPortRange rtpPorts) {

  /** No STUN, any RTP port. */
  public static NetworkSettings defaults() {
    return new NetworkSettings(Optional.empty(), RtpPortRange.ANY);
  }
}
