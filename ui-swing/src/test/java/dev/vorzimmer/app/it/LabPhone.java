package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.Main;
import dev.vorzimmer.testsupport.AdvertisedAddresses;
import dev.vorzimmer.testsupport.NetLab;
import dev.vorzimmer.testsupport.NetLabExtension;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged phone in the home namespace of the network lab, behind the router's NAT, registered
 * as "alice" at the lab's provider with the README's default configuration: no {@code [sip]
 * listen}, so it listens on 0.0.0.0:5062 and must find out by itself which address to advertise.
 */
final class LabPhone implements AutoCloseable {
  static final Duration LINE_TIMEOUT = Duration.ofSeconds(30);
  static final String USER = "alice";
  static final String PASSWORD = "wonderland";
  final NetLabExtension net;
  final Path work;
  final Path home;
  PhoneProcess phone;

  private LabPhone(NetLabExtension net, Path work, Path home) {
    this.net = net;
    this.work = work;
    this.home = home;
  }

  /**
   * Writes the default configuration (plus {@code extraConfig}, TOML) into a fresh home in the
   * lab's work dir.
   */
  static LabPhone create(NetLabExtension net, int expires, String extraConfig) throws Exception {
    Path work = Files.createDirectories(net.workDir().resolve("phone"));
    Path home = Files.createDirectories(work.resolve("home"));
    Path config = home.resolve("config.toml");
    Files.writeString(
        config,
        """
        [account]
        user = "%s"
        domain = "%s"
        registrar = "%s:5060"
        password = "%s"
        expires = %d
        """
                .formatted(
                    USER, net.kamailio().domain(), NetLab.PROVIDER_ADDRESS, PASSWORD, expires)
            + extraConfig);
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    return new LabPhone(net, work, home);
  }

  /**
   * As {@link #create}, but registering over TLS to the provider's address on port 5061 (a lab
   * started with {@link NetLabExtension#withTls}), trusting {@code ca} through {@code ca_file}.
   */
  static LabPhone createTls(NetLabExtension net, dev.vorzimmer.testsupport.TestPki ca)
      throws Exception {
    Path work = Files.createDirectories(net.workDir().resolve("phone"));
    Path home = Files.createDirectories(work.resolve("home"));
    ca.writeCa(home.resolve("provider-ca.pem"));
    Path config = home.resolve("config.toml");
    Files.writeString(
        config,
        """
        [account]
        user = "%s"
        domain = "%s"
        registrar = "%s:5061"
        password = "%s"
        transport = "tls"
        ca_file = "provider-ca.pem"
        """
            .formatted(USER, net.kamailio().domain(), NetLab.PROVIDER_ADDRESS, PASSWORD));
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    return new LabPhone(net, work, home);
  }

  /**
   * Starts {@code vorzimmer run --headless} in the home namespace and waits until it is registered.
   */
  void start() throws Exception {
    phone =
        PhoneProcess.startIn(
            net.lab().in(NetLab.Ns.HOME), work, "run", "--headless", "--home", home.toString());
    assertThat(phone.awaitLine(l -> l.startsWith("registered "), LINE_TIMEOUT))
        .as(phone::transcript)
        .isNotNull();
  }

  /** Runs {@code vorzimmer ARGS} in the home namespace as its own process (e.g. {@code call}). */
  PhoneProcess startCommand(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--home");
    all.add(home.toString());
    return PhoneProcess.startIn(net.lab().in(NetLab.Ns.HOME), work, all.toArray(String[]::new));
  }

  /**
   * Runs {@code vorzimmer ARGS --home HOME} in this JVM (no network needed); asserts exit 0,
   * returns stdout.
   */
  String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--home");
    all.add(home.toString());
    int code =
        Main.execute(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertThat(code).as("vorzimmer %s", all).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A SIPp caller on the provider side dialling alice (through the trunk port 5070). */
  SippCaller caller() {
    return new SippCaller(work.resolve("sipp"))
        .calling(USER)
        .timeoutSeconds(40)
        .runningIn(net.lab().in(NetLab.Ns.PROVIDER), NetLab.PROVIDER_ADDRESS);
  }

  /**
   * Asserts every SIPp call went as scripted, with the phone's and Kamailio's output on failure.
   */
  void assertCall(SippResult r) {
    assertThat(r.allCallsSucceeded())
        .as(() -> r + "\n" + transcript() + "\n" + net.kamailio().logTail(40))
        .isTrue();
  }

  /** The contacts the provider has for alice right now. */
  List<String> contacts() throws Exception {
    return net.kamailio().contactsOf(USER);
  }

  /**
   * Fails if any SIP message the phone sent (as the provider received it, after NAT) advertises a
   * wildcard address anywhere, or its private address in a Contact after it learned the public one.
   */
  void assertNoWildcardOrPrivateAddressAdvertised() {
    var messages = net.kamailio().receivedMessages();
    assertThat(AdvertisedAddresses.countFrom(messages, NetLab.ROUTER_PUBLIC_ADDRESS))
        .as("the provider received messages from the phone through the NAT")
        .isPositive();
    assertThat(
            AdvertisedAddresses.problems(
                messages,
                NetLab.ROUTER_PUBLIC_ADDRESS,
                "192.168.77.",
                NetLab.ROUTER_PUBLIC_ADDRESS))
        .as("messages the phone sent")
        .isEmpty();
  }

  /**
   * Fails if an SDP the phone sent offers its private address after it had registered its public
   * one. Kept apart from {@link #assertNoWildcardOrPrivateAddressAdvertised()}: without STUN the
   * phone has no public RTP port to offer, and a provider relay that latches onto its media reaches
   * it anyway.
   */
  void assertSdpOffersThePublicAddress() {
    assertThat(
            AdvertisedAddresses.sdpProblems(
                net.kamailio().receivedMessages(),
                NetLab.ROUTER_PUBLIC_ADDRESS,
                "192.168.77.",
                NetLab.ROUTER_PUBLIC_ADDRESS))
        .as("SDP the phone sent")
        .isEmpty();
  }

  String transcript() {
    return phone == null ? "<phone not started>" : phone.transcript();
  }

  @Override
  public void close() {
    if (phone != null) {
      phone.close();
    }
  }
}
