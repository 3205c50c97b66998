package dev.vorzimmer.sip.internal;

import com.google.common.net.InetAddresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Which local address a peer can reach us on. Binding to the wildcard ({@code 0.0.0.0}, {@code ::})
 * is fine; advertising it never is: the kernel tells which source address it would use towards a
 * destination when a UDP socket is connected there (connecting sends nothing).
 */
public final class LocalAddress {

  /**
   * Documentation addresses (RFC 5737, RFC 3849): never contacted, only routed, to find the default
   * route.
   */
  private static final InetAddress DEFAULT_ROUTE_V4 = InetAddresses.forString("192.0.2.1");

  private static final InetAddress DEFAULT_ROUTE_V6 = InetAddresses.forString("2001:db8::1");

  /**
   * How the address to advertise is chosen; {@link #KERNEL} asks the routing table (tests may
   * script it).
   */
  @FunctionalInterface
  public interface Chooser {
    /** The address to advertise when bound to {@code listenHost} and talking to {@code peer}. */
    InetAddress choose(String listenHost, Optional<InetAddress> peer);
  }

  /** The kernel's choice: {@link #choose(String, Optional)}. */
  public static final Chooser KERNEL = LocalAddress::choose;

  private LocalAddress() {}

  /** True for {@code 0.0.0.0}, {@code ::} and their spellings. */
  public static boolean isWildcard(String host) {
    return isIpLiteral(host) && InetAddresses.forString(strip(host)).isAnyLocalAddress();
  }

  /**
   * True when {@code text} is an IPv4 or IPv6 literal (brackets allowed); never resolves a name.
   */
  public static boolean isIpLiteral(String text) {
    return text != null && InetAddresses.isInetAddress(strip(text));
  }

  /**
   * The local address the kernel would send from towards {@code target}; empty when there is no
   * route (or only the wildcard comes back, as for an unreachable destination).
   */
  public static Optional<InetAddress> towards(InetAddress target) {
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(new InetSocketAddress(target, 9));
      InetAddress local = probe.getLocalAddress();
      return local == null || local.isAnyLocalAddress() ? Optional.empty() : Optional.of(local);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * The address to advertise when bound to {@code listenHost}: the listen address itself unless it
   * is a wildcard; else the source address towards {@code peer} (the registrar or outbound proxy),
   * else the one of the default route, else loopback (only when there is nothing else).
   *
   * @param peer where our messages go, if known (empty for a local line)
   */
  public static InetAddress choose(String listenHost, Optional<InetAddress> peer) {
    if (!isIpLiteral(listenHost)) {
      return named(listenHost);
    }
    if (!isWildcard(listenHost)) {
      return InetAddresses.forString(strip(listenHost));
    }
    boolean v6 = InetAddresses.forString(strip(listenHost)) instanceof Inet6Address;
    Optional<InetAddress> routed = peer.flatMap(LocalAddress::towards);
    if (routed.isPresent()) {
      return routed.get();
    }
    return towards(v6 ? DEFAULT_ROUTE_V6 : DEFAULT_ROUTE_V4)
        .orElse(InetAddresses.forString(v6 ? "::1" : "127.0.0.1"));
  }

  /**
   * A listen address given by name ("localhost"): what it resolves to (binding it already worked).
   */
  private static InetAddress named(String listenHost) {
    try {
      InetAddress resolved = InetAddress.getByName(listenHost);
      return resolved.isAnyLocalAddress()
          ? choose(resolved.getHostAddress(), Optional.empty())
          : resolved;
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException("listen address " + listenHost + " does not resolve", e);
    }
  }

  /** The host as written in a SIP URI or Via: IPv6 in brackets, IPv4 and names as they are. */
  public static String uriHost(InetAddress address) {
    return address instanceof Inet6Address
        ? "[" + InetAddresses.toAddrString(address) + "]"
        : address.getHostAddress();
  }

  /** The address as SDP writes it after {@code IN IP4}/{@code IN IP6}: no brackets. */
  public static String sdpHost(InetAddress address) {
    return InetAddresses.toAddrString(address);
  }

  private static String strip(String host) {
    String h = host.trim();
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }
}
