package dev.vorzimmer.sip.internal;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * What a registrar tells us about our public address in the top Via of its response (RFC 3581):
 * {@code received} (the source IP it saw, when it differs from our sent-by) and {@code rport} (the
 * source port).
 *
 * @param seen the address and port the registrar saw our request come from, if it said
 * @param problem what was wrong with the parameters, if anything (they are then ignored)
 */
public record ViaReceived(Optional<InetSocketAddress> seen, Optional<String> problem) {

  /**
   * Reads the parameters of our own top Via in a response.
   *
   * @param received the {@code received} parameter, or null
   * @param rport the {@code rport} value, or a value below 1 when absent or empty
   * @param sentBy the host of our sent-by (used when {@code received} is absent)
   * @param sentPort the port of our sent-by (used when {@code rport} has no value)
   */
  public static ViaReceived read(String received, int rport, InetAddress sentBy, int sentPort) {
    if (received == null && rport < 1) {
      return new ViaReceived(Optional.empty(), Optional.empty());
    }
    if (received != null && !LocalAddress.isIpLiteral(received)) {
      return problem(
          "the registrar's Via says received="
              + printable(received)
              + ", which is not an IP address");
    }
    if (rport > 65535) {
      return problem("the registrar's Via says rport=" + rport + ", which is not a port");
    }
    InetAddress host = received == null ? sentBy : InetAddresses.forString(unbracket(received));
    if (host.isAnyLocalAddress() || host.isMulticastAddress()) {
      return problem(
          "the registrar's Via says received=" + received + ", which is not a unicast address");
    }
    return new ViaReceived(
        Optional.of(new InetSocketAddress(host, rport >= 1 ? rport : sentPort)), Optional.empty());
  }

  private static ViaReceived problem(String text) {
    return new ViaReceived(Optional.empty(), Optional.of(text + "; ignored"));
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static String printable(String text) {
    String cut = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
