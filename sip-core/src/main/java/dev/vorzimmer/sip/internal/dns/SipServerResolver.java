package dev.vorzimmer.sip.internal.dns;

import dev.vorzimmer.sip.ServerAddress;
import dev.vorzimmer.sip.Transport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Finds the transport addresses of a SIP server the RFC 3263 way: an IP literal or a name with an
 * explicit port is used as is (A/AAAA only); otherwise NAPTR records for our transport point to SRV
 * names, without NAPTR the {@code _sip._udp}/{@code _sip._tcp} SRV name is asked, and without SRV
 * the name's A/AAAA on port 5060 (5061 for TLS, which asks for {@code SIPS+D2T} and {@code
 * _sips._tcp}). SRV targets come in priority order (weighted random within one priority, RFC 2782),
 * each expanded to its addresses: the caller tries them in order and fails over to the next.
 */
public final class SipServerResolver {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SipServerResolver.class);

  private final DnsLookup dns;
  private final RandomGenerator random;

  public SipServerResolver(DnsLookup dns) {
    this(dns, new Random());
  }

  SipServerResolver(DnsLookup dns, RandomGenerator random) {
    this.dns = dns;
    this.random = random;
  }

  /** Blocks for the DNS queries; call it off the SIP event thread. Never throws for DNS trouble. */
  public Resolution resolve(ServerAddress server, Transport transport) {
    String host = server.host();
    try {
      if (isIpLiteral(host)) {
        return Resolution.of(
            server,
            List.of(
                new InetSocketAddress(
                    InetAddress.getByName(host), server.portOrDefault(transport))));
      }
      if (server.port().isPresent()) {
        return Resolution.of(server, withPort(dns.addresses(host), server.port().getAsInt()));
      }
      List<SrvRecord> srv = srvRecords(host, transport);
      if (srv.isEmpty()) {
        return Resolution.of(server, withPort(dns.addresses(host), transport.defaultPort()));
      }
      List<InetSocketAddress> targets = new ArrayList<>();
      for (SrvRecord record : SrvRecord.ordered(srv, random)) {
        targets.addAll(withPort(dns.addresses(record.target()), record.port()));
      }
      return Resolution.of(server, targets);
    } catch (DnsLookup.DnsException | java.net.UnknownHostException e) {
      return new Resolution(server, List.of(), Optional.of(e.getMessage()));
    }
  }

  private List<SrvRecord> srvRecords(String host, Transport transport) {
    String service =
        switch (transport) {
          case TCP -> "SIP+D2T";
          case TLS -> "SIPS+D2T";
          case UDP -> "SIP+D2U";
        };
    List<NaptrRecord> naptr = new ArrayList<>();
    for (String text : optional(host, "NAPTR")) {
      NaptrRecord.parse(text)
          .filter(r -> r.flags().equalsIgnoreCase("s") && r.service().equalsIgnoreCase(service))
          .ifPresent(naptr::add);
    }
    naptr.sort(
        Comparator.comparingInt(NaptrRecord::order).thenComparingInt(NaptrRecord::preference));
    LinkedHashSet<String> srvNames = new LinkedHashSet<>();
    naptr.forEach(r -> srvNames.add(r.replacement()));
    if (srvNames.isEmpty()) {
      srvNames.add(srvPrefix(transport) + host);
    }
    for (String name : srvNames) {
      List<SrvRecord> records = new ArrayList<>();
      for (String text : optional(name, "SRV")) {
        SrvRecord.parse(text).ifPresent(records::add);
      }
      if (!records.isEmpty()) {
        return records;
      }
    }
    return List.of();
  }

  /**
   * NAPTR and SRV are optional steps: a server that fails them (some home routers refuse NAPTR)
   * leaves the next step to try; only a failed address lookup ends the resolution.
   */
  private List<String> optional(String name, String type) {
    try {
      return dns.records(name, type);
    } catch (DnsLookup.DnsException e) {
      LOG.debug("{} lookup of {} failed ({}); going on without", type, name, e.getMessage());
      return List.of();
    }
  }

  private static String srvPrefix(Transport transport) {
    return switch (transport) {
      case TCP -> "_sip._tcp.";
      case TLS -> "_sips._tcp.";
      case UDP -> "_sip._udp.";
    };
  }

  private static List<InetSocketAddress> withPort(List<InetAddress> addresses, int port) {
    return addresses.stream().map(a -> new InetSocketAddress(a, port)).toList();
  }

  static boolean isIpLiteral(String host) {
    if (host.indexOf(':') >= 0) {
      return true;
    }
    return host.toLowerCase(Locale.ROOT).matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  /**
   * What a server name resolved to.
   *
   * @param server the server as configured
   * @param targets addresses to try in order; empty when nothing resolved
   * @param problem what DNS said when it failed (no answer, server failure), if anything
   */
  public record Resolution(
      ServerAddress server, List<InetSocketAddress> targets, Optional<String> problem) {

    public Resolution {
      targets = List.copyOf(targets);
    }

    static Resolution of(ServerAddress server, List<InetSocketAddress> targets) {
      return new Resolution(server, targets, Optional.empty());
    }

    /** For the status line: "sip.example.net does not resolve" (plus DNS's complaint, if any). */
    public String failure() {
      return server.host() + " does not resolve" + problem.map(p -> " (" + p + ")").orElse("");
    }
  }
}
