package dev.vorzimmer.app.config;

import java.util.Optional;

/** A {@code host[:port]} pair as written in the configuration ({@code [v6]:port} accepted). */
public record HostPort(String host, int port) {

  /**
   * Parses {@code host[:port]} (or {@code [v6]:port}); empty when it is not one (spaces, bad port
   * 1–65535).
   */
  public static Optional<HostPort> parse(String text, int defaultPort) {
    String s = text.trim();
    if (s.isEmpty() || s.contains(" ") || s.contains("/")) {
      return Optional.empty();
    }
    String host = s;
    String portText = null;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        return Optional.empty();
      }
      host = s.substring(1, close);
      String rest = s.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          return Optional.empty();
        }
        portText = rest.substring(1);
      }
    } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
      host = s.substring(0, s.indexOf(':'));
      portText = s.substring(s.indexOf(':') + 1);
    }
    if (host.isEmpty()) {
      return Optional.empty();
    }
    int port = defaultPort;
    if (portText != null) {
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (port < 1 || port > 65535) {
        return Optional.empty();
      }
    }
    return Optional.of(new HostPort(host, port));
  }
}
