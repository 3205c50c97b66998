package dev.vorzimmer.sip.internal.dns;

import static dev.vorzimmer.testsupport.DnsmasqProcess.host;
import static dev.vorzimmer.testsupport.DnsmasqProcess.naptr;
import static dev.vorzimmer.testsupport.DnsmasqProcess.srv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.ServerAddress;
import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.sip.internal.dns.SipServerResolver.Resolution;
import dev.vorzimmer.testsupport.DnsmasqProcess;
import dev.vorzimmer.testsupport.FreePorts;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RFC 3263 resolution against a real DNS server (dnsmasq on loopback) serving NAPTR, SRV and A
 * records.
 */
class SipServerResolverIT {

  @TempDir static Path work;
  private static DnsmasqProcess dns;
  private static SipServerResolver resolver;

  @BeforeAll
  static void startDns() throws Exception {
    dns =
        DnsmasqProcess.start(
            work,
            FreePorts.udpAndTcp(),
            List.of(
                naptr("provider.test", 10, 50, "SIP+D2T", "_sip._tcp.provider.test"),
                naptr("provider.test", 20, 50, "SIP+D2U", "_sip._udp.provider.test"),
                naptr("provider.test", 5, 50, "SIPS+D2T", "_sips._tcp.provider.test"),
                srv("_sips._tcp.provider.test", "tls.provider.test", 5091, 10, 0),
                host("tls.provider.test", "127.0.0.6"),
                srv("_sip._udp.provider.test", "backup.provider.test", 5072, 20, 0),
                srv("_sip._udp.provider.test", "main.provider.test", 5071, 10, 0),
                srv("_sip._tcp.provider.test", "tcp.provider.test", 5073, 10, 0),
                host("main.provider.test", "127.0.0.2"),
                host("backup.provider.test", "127.0.0.3"),
                host("tcp.provider.test", "127.0.0.5"),
                host("provider.test", "127.0.0.9"),
                srv("_sip._udp.srvonly.test", "main.provider.test", 5090, 10, 0),
                host("plain.test", "127.0.0.4")));
    resolver = new SipServerResolver(new DnsLookup(Optional.of(dns.server()), 500, 1));
  }

  @AfterAll
  static void stopDns() {
    if (dns != null) {
      dns.close();
    }
  }

  private static InetSocketAddress at(String ip, int port) {
    return new InetSocketAddress(ip, port);
  }

  private static ServerAddress noPort(String host) {
    return new ServerAddress(host, OptionalInt.empty());
  }

  @Test
  void naptrLeadsToTheSrvOfOurTransportWhoseTargetsComeInPriorityOrder() {
    Resolution udp = resolver.resolve(noPort("provider.test"), Transport.UDP);
    Resolution tcp = resolver.resolve(noPort("provider.test"), Transport.TCP);

    assertThat(udp.targets()).containsExactly(at("127.0.0.2", 5071), at("127.0.0.3", 5072));
    assertThat(tcp.targets()).containsExactly(at("127.0.0.5", 5073));
  }

  @Test
  void tlsAsksForSipsD2tAndSipsTcpAndDefaultsToPort5061() {
    assertThat(resolver.resolve(noPort("provider.test"), Transport.TLS).targets())
        .containsExactly(at("127.0.0.6", 5091));
    assertThat(resolver.resolve(noPort("plain.test"), Transport.TLS).targets())
        .containsExactly(at("127.0.0.4", 5061));
    assertThat(resolver.resolve(noPort("127.0.0.8"), Transport.TLS).targets())
        .containsExactly(at("127.0.0.8", 5061));
  }

  @Test
  void withoutNaptrTheSrvNameIsAskedAndWithoutSrvTheAddressOnPort5060() {
    assertThat(resolver.resolve(noPort("srvonly.test"), Transport.UDP).targets())
        .containsExactly(at("127.0.0.2", 5090));
    assertThat(resolver.resolve(noPort("plain.test"), Transport.UDP).targets())
        .containsExactly(at("127.0.0.4", 5060));
  }

  @Test
  void anExplicitPortOrAnIpSkipsNaptrAndSrv() {
    assertThat(resolver.resolve(ServerAddress.of("provider.test", 5080), Transport.UDP).targets())
        .containsExactly(at("127.0.0.9", 5080));
    assertThat(resolver.resolve(noPort("127.0.0.8"), Transport.UDP).targets())
        .containsExactly(at("127.0.0.8", 5060));
  }

  @Test
  void aNameWithoutRecordsDoesNotResolveAndSaysSo() {
    Resolution none = resolver.resolve(noPort("nothere.test"), Transport.UDP);

    assertThat(none.targets()).isEmpty();
    assertThat(none.failure()).isEqualTo("nothere.test does not resolve");
  }

  @Test
  void aDnsServerThatDoesNotAnswerMeansNoTargetsNotAnException() {
    SipServerResolver nobody =
        new SipServerResolver(
            new DnsLookup(Optional.of("127.0.0.1:" + FreePorts.udpAndTcp()), 200, 0));

    Resolution none = nobody.resolve(noPort("provider.test"), Transport.UDP);

    assertThat(none.targets()).isEmpty();
    assertThat(none.failure())
        .isEqualTo("provider.test does not resolve (no answer from the DNS server)");
  }
}
