package dev.vorzimmer.sip;

/** Transport used to reach the registrar. */
public enum Transport {
  UDP,
  TCP,
  /** SIP over TLS (RFC 3261 section 26.2.1, RFC 5922): TLS 1.2 or 1.3 on a TCP connection. */
  TLS;

  /**
   * Lower-case name as used in SIP URIs and Via headers ({@code udp}, {@code tcp}, {@code tls}).
   */
  public String sipName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The port a server listens on when nothing names one: 5061 for TLS, else 5060. */
  public int defaultPort() {
    return this == TLS ? 5061 : ServerAddress.DEFAULT_PORT;
  }

  /** True for the transports that keep a connection (TCP and TLS). */
  public boolean connectionOriented() {
    return this != UDP;
  }
}
