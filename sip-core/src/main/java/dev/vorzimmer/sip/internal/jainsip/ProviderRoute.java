package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.internal.dns.SipServerResolver.Resolution;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where our provider currently is: the addresses the first hop (outbound proxy, else registrar)
 * resolved to at the latest registration attempt, in the order to try them, and which one we are
 * using. Requests are routed to {@link #current()}; INVITEs from any of {@link #isProvider these
 * addresses} are our provider's (ghost guard). Owned by the SIP event thread.
 */
final class ProviderRoute {

  private List<InetSocketAddress> targets = List.of();
  private int index;
  private InetSocketAddress working;

  /**
   * Takes a fresh resolution; the target that answered last time is tried first if it is still
   * listed.
   */
  void update(Resolution resolution) {
    List<InetSocketAddress> ordered = new ArrayList<>(resolution.targets());
    if (working != null && ordered.remove(working)) {
      ordered.add(0, working);
    }
    targets = List.copyOf(ordered);
    index = 0;
  }

  /** The address requests go to now, if anything resolved yet. */
  Optional<InetSocketAddress> current() {
    return index < targets.size() ? Optional.of(targets.get(index)) : Optional.empty();
  }

  /** Moves on to the next target after a failure; false when there is none left. */
  boolean advance() {
    if (index + 1 >= targets.size()) {
      return false;
    }
    index++;
    return true;
  }

  /** The current target answered (a final response other than a server failure). */
  void confirm() {
    current().ifPresent(t -> working = t);
  }

  /** How many addresses the latest resolution gave. */
  int size() {
    return targets.size();
  }

  /** True when {@code source} is one of the provider's addresses of the latest resolution. */
  boolean isProvider(InetSocketAddress source) {
    return source != null && (targets.contains(source) || source.equals(working));
  }

  /**
   * "registrar sip.example.net (192.0.2.1:5060)", or "registrar 192.0.2.1:5060" for an IP, for
   * status lines.
   */
  String describe(String role, dev.vorzimmer.sip.ServerAddress configured) {
    Optional<InetSocketAddress> now = current();
    if (now.isEmpty()) {
      return role + " " + configured;
    }
    String address = now.get().getAddress().getHostAddress();
    String withPort =
        (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + now.get().getPort();
    return role
        + " "
        + (configured.host().equalsIgnoreCase(address)
            ? withPort
            : configured.host() + " (" + withPort + ")");
  }

  /** True when {@code host:port} (as the stack reports a network error) is the current target. */
  boolean isCurrent(String host, int port) {
    return current()
        .map(
            t ->
                t.getPort() == port
                    && (t.getAddress().getHostAddress().equalsIgnoreCase(host)
                        || t.getHostString().equalsIgnoreCase(host)))
        .orElse(false);
  }
}
