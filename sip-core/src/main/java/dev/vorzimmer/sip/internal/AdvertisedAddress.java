package dev.vorzimmer.sip.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.UUID;

/**
 * The addresses one agent puts into its messages, never a wildcard: the local address that routes
 * to the registrar (Via, Call-ID, and Contact until the registrar tells us otherwise), the public
 * address and port the registrar saw our REGISTER come from ({@code received}/{@code rport}, used
 * for Contact: "contact rewrite", and for SDP when there is no STUN), and a public address found by
 * STUN (for SDP). Written on the SIP event thread; read from any thread.
 */
public final class AdvertisedAddress {

  private final String listenHost;
  private final int listenPort;
  private final LocalAddress.Chooser chooser;
  private volatile InetAddress local;
  private volatile InetSocketAddress learned;
  private volatile InetAddress media;

  private AdvertisedAddress(
      String listenHost, int listenPort, LocalAddress.Chooser chooser, Optional<InetAddress> peer) {
    this.listenHost = listenHost;
    this.listenPort = listenPort;
    this.chooser = chooser;
    this.local = chooser.choose(listenHost, peer);
  }

  /**
   * Chooses the address for an agent bound to {@code listenHost:listenPort} that talks to {@code
   * peer}.
   */
  public static AdvertisedAddress probe(
      String listenHost, int listenPort, Optional<InetAddress> peer) {
    return probe(listenHost, listenPort, peer, LocalAddress.KERNEL);
  }

  /**
   * As {@link #probe(String, int, Optional)}, choosing (now and on every recheck) with {@code
   * chooser}.
   */
  public static AdvertisedAddress probe(
      String listenHost, int listenPort, Optional<InetAddress> peer, LocalAddress.Chooser chooser) {
    return new AdvertisedAddress(listenHost, listenPort, chooser, peer);
  }

  /**
   * Chooses again (the laptop moved networks, the interface went away); a change forgets what the
   * registrar and STUN told us about the old address.
   *
   * @return true when the local address changed
   */
  public boolean recheck(Optional<InetAddress> peer) {
    InetAddress now = chooser.choose(listenHost, peer);
    if (now.equals(local)) {
      return false;
    }
    local = now;
    learned = null;
    media = null;
    return true;
  }

  /**
   * Takes the address the registrar saw us at; our own local address and port means "no NAT" and
   * clears it.
   *
   * @return true when the Contact changes
   */
  public boolean learn(InetSocketAddress seen) {
    InetSocketAddress next =
        seen.getAddress().equals(local) && seen.getPort() == listenPort ? null : seen;
    InetSocketAddress before = learned;
    learned = next;
    return next == null ? before != null : !next.equals(before);
  }

  /** Sets (or clears) the public address STUN found for media. */
  public void mediaAddress(Optional<InetAddress> address) {
    media = address.orElse(null);
  }

  /** The local address that routes to the peer. */
  public InetAddress local() {
    return local;
  }

  /** The public address and port the registrar saw, if it differs from ours. */
  public Optional<InetSocketAddress> learned() {
    return Optional.ofNullable(learned);
  }

  /** Host of our Via sent-by (local address, IPv6 in brackets). */
  public String viaHost() {
    return LocalAddress.uriHost(local);
  }

  /** Port of our Via sent-by: the port we listen on. */
  public int viaPort() {
    return listenPort;
  }

  /** Host of our Contact: the public address the registrar saw, else the local one. */
  public String contactHost() {
    InetSocketAddress seen = learned;
    return LocalAddress.uriHost(seen == null ? local : seen.getAddress());
  }

  /** Port of our Contact. */
  public int contactPort() {
    InetSocketAddress seen = learned;
    return seen == null ? listenPort : seen.getPort();
  }

  /**
   * The address for SDP {@code o=}/{@code c=} (no brackets): the one STUN found, else the public
   * address the registrar saw (behind NAT a private address in SDP is never reachable from outside;
   * the public one is, where the NAT keeps the port or the provider latches onto our media), else
   * the local one.
   */
  public String sdpHost() {
    InetAddress stun = media;
    if (stun != null) {
      return LocalAddress.sdpHost(stun);
    }
    InetSocketAddress seen = learned;
    return LocalAddress.sdpHost(seen == null ? local : seen.getAddress());
  }

  /** Where RTP sockets bind (the listen address: the wildcard is fine for binding). */
  public String bindHost() {
    return listenHost;
  }

  /** A fresh Call-ID whose host part is our local address. */
  public String newCallId() {
    return UUID.randomUUID().toString().replace("-", "") + "@" + viaHost();
  }
}
