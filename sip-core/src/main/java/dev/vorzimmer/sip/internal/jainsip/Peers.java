package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.SipSettings;
import dev.vorzimmer.sip.internal.AdvertisedAddress;
import dev.vorzimmer.sip.internal.LocalAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where an account's messages go first (the outbound proxy, else the registrar), to choose our
 * local address by.
 */
final class Peers {

  private Peers() {}

  /**
   * The address to advertise for {@code settings}: routed towards the registrar, or the default
   * route.
   */
  static AdvertisedAddress advertised(SipSettings settings, LocalAddress.Chooser chooser) {
    return AdvertisedAddress.probe(
        settings.listenHost(),
        settings.listenPort(),
        settings.account().flatMap(Peers::registrar),
        chooser);
  }

  /** The first hop's address (outbound proxy, else registrar), if its name resolves now. */
  static Optional<InetAddress> registrar(AccountConfig account) {
    try {
      return Optional.of(InetAddress.getByName(account.firstHop().host()));
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty();
    }
  }
}
