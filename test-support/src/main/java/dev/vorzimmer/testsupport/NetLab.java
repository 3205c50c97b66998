package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small internet on this machine, made of Linux network namespaces the test creates and removes
 * itself:
 *
 * <pre>
 *  provider ns  203.0.113.10 (Kamailio, rtpengine, callers)
 *       | veth, 203.0.113.0/24 (documentation range, "the internet")
 *  router ns    203.0.113.2 public / 192.168.77.1 LAN, nftables masquerade (ports 20000-29999)
 *       | veth, 192.168.77.0/24 (private, exists only inside these namespaces)
 *  home ns      192.168.77.2, default route via the router (the phone)
 * </pre>
 *
 * Names are unique per run ({@code vzlab<pid>x<n>p|r|h}); the interfaces are created directly
 * inside the namespaces, so the host's interfaces, addresses and routes are never touched. {@link
 * #close()} kills what still runs inside and deletes the namespaces (and with them the veths and
 * NAT rules); {@link #create()} first removes namespaces left by a killed run (their creating
 * process is gone). Needs root and {@code ip}, {@code nft}, {@code conntrack} (Debian iproute2,
 * nftables, conntrack).
 */
public final class NetLab implements AutoCloseable {

  /** The provider's address (Kamailio, rtpengine, callers on the provider side). */
  public static final String PROVIDER_ADDRESS = "203.0.113.10";

  /** The home router's public address: what the provider sees as the phone's source after NAT. */
  public static final String ROUTER_PUBLIC_ADDRESS = "203.0.113.2";

  /** The phone's private address in the home namespace. */
  public static final String HOME_ADDRESS = "192.168.77.2";

  /** The router's LAN address, the home namespace's default gateway. */
  public static final String ROUTER_LAN_ADDRESS = "192.168.77.1";

  /** Where a command runs. */
  public enum Ns {
    PROVIDER("p"),
    ROUTER("r"),
    HOME("h");

    private final String suffix;

    Ns(String suffix) {
      this.suffix = suffix;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(NetLab.class);
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final String id;
  private final List<Ns> made = new ArrayList<>();
  private String homeAddress = HOME_ADDRESS;

  private NetLab(String id) {
    this.id = id;
  }

  /**
   * Builds the lab. Fails with a clear message (never skips) when not root or {@code ip netns} is
   * unusable.
   *
   * @throws IllegalStateException if the lab cannot be built; whatever was made is removed again
   */
  public static NetLab create() throws IOException, InterruptedException {
    Namespaces.requireRoot();
    Namespaces.removeStale();
    NetLab lab =
        new NetLab(
            Namespaces.PREFIX + ProcessHandle.current().pid() + "x" + COUNTER.incrementAndGet());
    try {
      lab.build();
      return lab;
    } catch (IOException | RuntimeException e) {
      lab.close();
      throw e;
    }
  }

  /** The namespace's name, e.g. for {@code ip netns exec}. */
  public String name(Ns ns) {
    return id + ns.suffix;
  }

  /** The command prefix running a program inside {@code ns}: {@code ip netns exec NAME}. */
  public List<String> in(Ns ns) {
    return List.of("ip", "netns", "exec", name(ns));
  }

  /** The phone's current private address in the home namespace. */
  public String homeAddress() {
    return homeAddress;
  }

  /** Runs {@code command} inside {@code ns}, bounded in time; returns its output. */
  public String run(Ns ns, String... command) throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(in(ns));
    all.addAll(List.of(command));
    return Namespaces.exec(all, null);
  }

  /**
   * Forgets every NAT mapping in the router (conntrack flush): the next packet out gets a new
   * mapping.
   */
  public void flushNatMappings() throws IOException, InterruptedException {
    run(Ns.ROUTER, "conntrack", "-F");
  }

  /**
   * Makes the router masquerade to another public port range and forgets its mappings: every flow
   * gets a different public port than before, as when a home router restarts.
   */
  public void changeMasqueradePorts(int first, int last) throws IOException, InterruptedException {
    nft("flush chain ip nat post\n" + masquerade(first, last));
    flushNatMappings();
  }

  /**
   * Gives the home namespace a new address in the same LAN and removes the old one (DHCP gave a new
   * lease).
   */
  public void moveHome(String newAddress) throws IOException, InterruptedException {
    run(Ns.HOME, "ip", "addr", "del", homeAddress + "/24", "dev", "eth0");
    run(Ns.HOME, "ip", "addr", "add", newAddress + "/24", "dev", "eth0");
    run(Ns.HOME, "ip", "route", "add", "default", "via", ROUTER_LAN_ADDRESS);
    homeAddress = newAddress;
  }

  /** Kills every process still inside the lab's namespaces and deletes them. Idempotent. */
  @Override
  public void close() {
    for (Ns ns : List.copyOf(made)) {
      Namespaces.delete(name(ns));
      made.remove(ns);
    }
  }

  private void build() throws IOException, InterruptedException {
    for (Ns ns : Ns.values()) {
      Namespaces.exec(List.of("ip", "netns", "add", name(ns)), null);
      made.add(ns);
      run(ns, "ip", "link", "set", "lo", "up");
    }
    Namespaces.exec(
        List.of(
            "ip",
            "link",
            "add",
            "up0",
            "netns",
            name(Ns.PROVIDER),
            "type",
            "veth",
            "peer",
            "name",
            "wan",
            "netns",
            name(Ns.ROUTER)),
        null);
    Namespaces.exec(
        List.of(
            "ip",
            "link",
            "add",
            "lan",
            "netns",
            name(Ns.ROUTER),
            "type",
            "veth",
            "peer",
            "name",
            "eth0",
            "netns",
            name(Ns.HOME)),
        null);
    address(Ns.PROVIDER, "up0", PROVIDER_ADDRESS);
    // linphonec counts the network as down without a default route; nothing lies beyond the router
    run(Ns.PROVIDER, "ip", "route", "add", "default", "dev", "up0");
    address(Ns.ROUTER, "wan", ROUTER_PUBLIC_ADDRESS);
    address(Ns.ROUTER, "lan", ROUTER_LAN_ADDRESS);
    address(Ns.HOME, "eth0", HOME_ADDRESS);
    run(Ns.HOME, "ip", "route", "add", "default", "via", ROUTER_LAN_ADDRESS);
    run(Ns.ROUTER, "sysctl", "-qw", "net.ipv4.ip_forward=1");
    nft(
        "add table ip nat\n"
            + "add chain ip nat post { type nat hook postrouting priority 100; policy accept; }\n"
            + masquerade(20000, 29999));
    LOG.info(
        "network lab {} ready: provider {}, router {} / {}, home {}",
        id,
        PROVIDER_ADDRESS,
        ROUTER_PUBLIC_ADDRESS,
        ROUTER_LAN_ADDRESS,
        HOME_ADDRESS);
  }

  /**
   * Rules: UDP and TCP leave with a public port from the range (not their own), anything else
   * masqueraded.
   */
  private static String masquerade(int first, int last) {
    return "add rule ip nat post oifname \"wan\" meta l4proto { tcp, udp } masquerade to :"
        + first
        + "-"
        + last
        + "\nadd rule ip nat post oifname \"wan\" masquerade\n";
  }

  private void address(Ns ns, String device, String address)
      throws IOException, InterruptedException {
    run(ns, "ip", "addr", "add", address + "/24", "dev", device);
    run(ns, "ip", "link", "set", device, "up");
  }

  private void nft(String script) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(in(Ns.ROUTER));
    command.addAll(List.of("nft", "-f", "-"));
    Namespaces.exec(command, script);
  }
}
