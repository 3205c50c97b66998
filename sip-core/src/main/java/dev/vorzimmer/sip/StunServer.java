package dev.vorzimmer.sip;

/**
 * A STUN server (RFC 5389) asked for our public address, which then goes into SDP.
 *
 * @param host name or IP address
 * @param port UDP port, 1..65535 (3478 is the usual one)
 */
public record StunServer(String host, int port) {

  /** Validates; throws {@link IllegalArgumentException} naming the bad field. */
  public StunServer {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("STUN host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("STUN port must be 1..65535 but was " + port);
    }
  }
}
