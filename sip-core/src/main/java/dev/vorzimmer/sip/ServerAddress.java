package dev.vorzimmer.sip;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A SIP server as the user wrote it: a host name or IP literal, with or without a port. Without a
 * port a host name is looked up the RFC 3263 way (NAPTR, then SRV, then A/AAAA on 5060); with a
 * port or as an IP literal only its addresses are used.
 *
 * @param host host name or IP literal (IPv6 without brackets)
 * @param port the port the user gave, or empty
 */
public record ServerAddress(String host, OptionalInt port) {

  /** Port SIP uses when neither the user nor DNS names one. */
  public static final int DEFAULT_PORT = 5060;

  /** Rejects a blank host and a port outside 1..65535. */
  public ServerAddress {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(port, "port");
    if (host.isBlank()
        || host.chars().anyMatch(c -> Character.isWhitespace(c) || c == '@' || c == ';')) {
      throw new IllegalArgumentException("server host is not a host name or IP: '" + host + "'");
    }
    if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65535)) {
      throw new IllegalArgumentException("server port must be 1..65535 but was " + port.getAsInt());
    }
  }

  /** A server with an explicit port. */
  public static ServerAddress of(String host, int port) {
    return new ServerAddress(host, OptionalInt.of(port));
  }

  /** The given port, else 5060. */
  public int portOrDefault() {
    return port.orElse(DEFAULT_PORT);
  }

  /** The given port, else the transport's default (5061 for TLS, 5060 otherwise). */
  public int portOrDefault(Transport transport) {
    return port.orElse(transport.defaultPort());
  }

  @Override
  public String toString() {
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return port.isPresent() ? h + ":" + port.getAsInt() : h;
  }
}
