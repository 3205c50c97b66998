package dev.vorzimmer.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A real DNS server for tests: Debian's {@code dnsmasq} (package {@code dnsmasq-base}) on 127.0.0.1
 * and a port of the test's choosing, authoritative for every name (no upstream servers, no
 * /etc/hosts: what is not given here does not exist), stopped by {@link #close()}. Record lines use
 * dnsmasq's configuration syntax, see {@link #srv}, {@link #naptr}, {@link #host}.
 */
public final class DnsmasqProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("dnsmasq.*started, version");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

  private final int port;
  private final ProcessLog log;
  private final ProcessTree tree = new ProcessTree();

  private DnsmasqProcess(int port, ProcessLog log) {
    this.port = port;
    this.log = log;
  }

  /**
   * {@code srv-host}: an SRV record ({@code _sip._udp.example.net}) pointing at {@code
   * target:port}.
   */
  public static String srv(String name, String target, int port, int priority, int weight) {
    return "srv-host=" + name + "," + target + "," + port + "," + priority + "," + weight;
  }

  /** {@code naptr-record} with flags "s" and an empty regexp, replacement = an SRV name. */
  public static String naptr(
      String name, int order, int preference, String service, String replacement) {
    return "naptr-record="
        + name
        + ","
        + order
        + ","
        + preference
        + ",s,"
        + service
        + ",,"
        + replacement;
  }

  /** {@code host-record}: A (or AAAA) record(s) of {@code name}. */
  public static String host(String name, String address) {
    return "host-record=" + name + "," + address;
  }

  /**
   * Starts dnsmasq on {@code 127.0.0.1:port} (UDP and TCP) serving exactly {@code records}; waits
   * until it runs.
   *
   * @throws IllegalStateException if dnsmasq is missing or does not start (message has its output)
   */
  public static DnsmasqProcess start(Path workDir, int port, List<String> records)
      throws IOException {
    ProcessLog.requireWritable(workDir);
    Path binary = Path.of(System.getProperty("vorzimmer.dnsmasq.bin", "/usr/sbin/dnsmasq"));
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          binary + " is missing; install it with: apt-get install dnsmasq-base");
    }
    Path conf = workDir.resolve("dnsmasq-" + port + ".conf");
    List<String> lines =
        new ArrayList<>(
            List.of(
                "port=" + port,
                "listen-address=127.0.0.1",
                "bind-interfaces",
                "no-resolv",
                "no-hosts",
                "no-poll",
                "no-negcache",
                "local-ttl=0",
                "user=",
                "pid-file=",
                "local=/#/"));
    lines.addAll(records);
    Files.write(conf, lines, StandardCharsets.UTF_8);
    DnsmasqProcess dns =
        new DnsmasqProcess(port, new ProcessLog(workDir.resolve("dnsmasq-" + port + ".log")));
    ProcessBuilder builder =
        new ProcessBuilder(
                binary.toString(),
                "--keep-in-foreground",
                "--log-facility=-",
                "--conf-file=" + conf)
            .redirectErrorStream(true)
            .directory(workDir.toFile());
    dns.log.follow(dns.tree.launch(builder).getInputStream(), "dnsmasq-log-" + port);
    dns.awaitReady();
    return dns;
  }

  /** The port it answers on. */
  public int port() {
    return port;
  }

  /** {@code 127.0.0.1:port}, the form a resolver setting takes. */
  public String server() {
    return "127.0.0.1:" + port;
  }

  /** Stops dnsmasq. Idempotent. */
  @Override
  public void close() {
    tree.stop(Duration.ofSeconds(3));
  }

  private void awaitReady() {
    try {
      if (log.awaitCount(READY, 1, START_TIMEOUT)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.kill();
    throw new IllegalStateException(
        "dnsmasq did not start within "
            + START_TIMEOUT.toSeconds()
            + " s; output:\n"
            + log.tail(20));
  }
}
