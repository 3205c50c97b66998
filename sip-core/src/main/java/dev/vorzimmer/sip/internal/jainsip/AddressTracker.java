package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.sip.internal.AdvertisedAddress;
import dev.vorzimmer.sip.internal.LocalAddress;
import dev.vorzimmer.sip.internal.MediaAddressLookup;
import dev.vorzimmer.sip.internal.ViaReceived;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sip.header.ViaHeader;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one account's advertised address right: re-chooses the local address before each REGISTER
 * (the laptop moved networks) and learns the public address from the registrar's answer (RFC 3581
 * {@code received}/{@code rport}; "contact rewrite"). When our Contact changes, the next REGISTER
 * also removes the old one. Runs on the SIP event thread.
 */
final class AddressTracker {

  /**
   * Contact changes the registrar may cause in a row before we stop following it (a flapping NAT or
   * a bug).
   */
  static final int MAX_REWRITES_IN_A_ROW = 3;

  private static final Logger LOG = LoggerFactory.getLogger(AddressTracker.class);

  private final AdvertisedAddress address;
  private final AccountConfig account;
  private final RequestBuilder requests;
  private final MediaAddressLookup stun;
  private final ScheduledExecutorService events;
  private final ProviderRoute route;
  private ScheduledFuture<?> watch;
  private int rewritesInARow;
  private String note = "";

  AddressTracker(
      SipContext context,
      AccountConfig account,
      RequestBuilder requests,
      MediaAddressLookup stun,
      ProviderRoute route) {
    this.route = route;
    this.address = context.advertised();
    this.events = context.events();
    this.stun = stun;
    this.account = account;
    this.requests = requests;
  }

  /**
   * Chooses the local address again towards the provider's current address (the latest DNS
   * resolution, so nothing here waits for DNS on the SIP thread); before anything resolved, the
   * address stays as it is.
   *
   * @return a description of the change, if the address changed
   */
  Optional<String> recheck() {
    Optional<java.net.InetAddress> peer = route.current().map(InetSocketAddress::getAddress);
    if (peer.isEmpty()) {
      return Optional.empty();
    }
    String before = address.contactHost();
    int beforePort = address.contactPort();
    String local = address.viaHost();
    if (!address.recheck(peer)) {
      return Optional.empty();
    }
    requests.removeOnNextRegister(before, beforePort);
    rewritesInARow = 0;
    stun.lookUpLater();
    String change = "local address changed from " + local + " to " + address.viaHost();
    LOG.info("{} for {}", change, account.aor());
    return Optional.of(change);
  }

  /**
   * Reads our top Via in the registrar's 2xx.
   *
   * @return why we must register again with a new Contact, if we must
   */
  Optional<String> afterSuccess(Response ok) {
    ViaHeader via = (ViaHeader) ok.getHeader(ViaHeader.NAME);
    if (via == null || account.transport() != Transport.UDP) {
      return Optional.empty();
    }
    ViaReceived seen =
        ViaReceived.read(via.getReceived(), via.getRPort(), address.local(), address.viaPort());
    note = seen.problem().orElse("");
    seen.problem().ifPresent(p -> LOG.warn("{} (account {})", p, account.aor()));
    if (seen.seen().isEmpty()) {
      return Optional.empty();
    }
    String before = address.contactHost();
    int beforePort = address.contactPort();
    InetSocketAddress at = seen.seen().get();
    if (LocalAddress.uriHost(at.getAddress()).equals(before) && at.getPort() == beforePort) {
      rewritesInARow = 0;
      return Optional.empty();
    }
    if (rewritesInARow >= MAX_REWRITES_IN_A_ROW) {
      note =
          "the registrar sees us at a different address on every REGISTER; keeping "
              + before
              + ":"
              + beforePort;
      LOG.warn("{} (account {})", note, account.aor());
      return Optional.empty();
    }
    rewritesInARow++;
    address.learn(at);
    requests.removeOnNextRegister(before, beforePort);
    return Optional.of(
        "the registrar sees us at "
            + LocalAddress.uriHost(at.getAddress())
            + ":"
            + at.getPort()
            + " (NAT); registering that as our contact");
  }

  /**
   * While registered: checks the local address every {@code interval}; a change (new network,
   * resume from suspend) is handed to {@code onChange}, which registers again. Replaces an earlier
   * watch.
   */
  void watch(Duration interval, Consumer<String> onChange) {
    stopWatching();
    long millis = interval.toMillis();
    watch =
        events.scheduleWithFixedDelay(
            () -> recheck().ifPresent(onChange), millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops the watch (registering, failed, unregistering). */
  void stopWatching() {
    if (watch != null) {
      watch.cancel(false);
      watch = null;
    }
  }

  /** What is wrong with the network parameters or STUN, for the user ("" if nothing). */
  String note() {
    return note.isEmpty()
        ? stun.problem()
        : stun.problem().isEmpty() ? note : note + "; " + stun.problem();
  }
}
