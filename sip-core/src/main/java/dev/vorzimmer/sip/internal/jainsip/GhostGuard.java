package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which INVITEs are ghost calls and whose identity headers to believe. In registered mode
 * only our provider (the addresses its outbound proxy or registrar resolved to at the latest
 * registration attempt, {@link ProviderRoute}) and the configured trusted hosts ({@code host}: any
 * port, {@code host:port}: that port) may call us, and only for our user; on a local line anyone
 * may call. Trusted host names are resolved once, when the agent starts; the provider's addresses
 * follow every re-resolution.
 */
final class GhostGuard {

  private static final Logger LOG = LoggerFactory.getLogger(GhostGuard.class);

  private final boolean registeredMode;
  private final Set<InetSocketAddress> trustedEndpoints;
  private final Set<InetAddress> trustedHosts;
  private final Set<String> ourUsers;
  private final ProviderRoute provider;

  GhostGuard(
      boolean registeredMode,
      Set<InetSocketAddress> trustedEndpoints,
      Set<InetAddress> trustedHosts,
      Set<String> ourUsers,
      ProviderRoute provider) {
    this.registeredMode = registeredMode;
    this.provider = provider;
    this.trustedEndpoints = Set.copyOf(trustedEndpoints);
    this.trustedHosts = Set.copyOf(trustedHosts);
    this.ourUsers = Set.copyOf(ourUsers);
  }

  /**
   * Resolves the trusted hosts (unresolvable ones are logged and left out); the provider comes from
   * {@code route}.
   */
  static GhostGuard create(
      Optional<AccountConfig> account,
      List<String> trusted,
      String contactUser,
      ProviderRoute route) {
    Set<InetSocketAddress> endpoints = new HashSet<>();
    Set<InetAddress> hosts = new HashSet<>();
    for (String entry : trusted) {
      int colon = entry.lastIndexOf(':');
      boolean withPort =
          colon > 0
              && entry.indexOf(':') == colon
              && entry.substring(colon + 1).matches("\\d{1,5}");
      if (withPort) {
        int port = Integer.parseInt(entry.substring(colon + 1));
        resolve(entry.substring(0, colon))
            .forEach(ip -> endpoints.add(new InetSocketAddress(ip, port)));
      } else {
        hosts.addAll(resolve(entry));
      }
    }
    Set<String> users = new HashSet<>();
    users.add(contactUser);
    account.ifPresent(a -> users.add(a.user()));
    return new GhostGuard(account.isPresent(), endpoints, hosts, users, route);
  }

  private static List<InetAddress> resolve(String host) {
    try {
      return List.of(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      LOG.warn("trusted host {} does not resolve; its calls will be refused as ghost calls", host);
      return List.of();
    }
  }

  /**
   * Why an INVITE from {@code source} for {@code requestUser} is a ghost call, or empty if it may
   * ring.
   */
  Optional<String> ghostReason(InetSocketAddress source, String requestUser) {
    if (!registeredMode) {
      return Optional.empty();
    }
    if (!isTrusted(source)) {
      return Optional.of(
          "INVITE from "
              + describe(source)
              + ", which is neither our registrar nor a trusted host");
    }
    if (!ourUsers.contains(requestUser)) {
      return Optional.of("INVITE for user '" + requestUser + "', which is not ours");
    }
    return Optional.empty();
  }

  /**
   * True when requests from {@code source} come from our provider (P-Asserted-Identity may be
   * believed).
   */
  boolean isTrusted(InetSocketAddress source) {
    return source != null
        && source.getAddress() != null
        && (trustedHosts.contains(source.getAddress())
            || trustedEndpoints.contains(source)
            || provider.isProvider(source));
  }

  private static String describe(InetSocketAddress source) {
    return source == null || source.getAddress() == null
        ? "an unknown address"
        : source.getAddress().getHostAddress() + ":" + source.getPort();
  }
}
