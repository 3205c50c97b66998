package dev.vorzimmer.app;

import dev.vorzimmer.app.config.AccountExtras;
import dev.vorzimmer.app.config.HostPort;
import dev.vorzimmer.sip.ProviderOptions;
import dev.vorzimmer.sip.ServerAddress;
import java.util.Optional;
import java.util.OptionalInt;

/** Maps the optional {@code [account]} provider keys onto sip-core's {@link ProviderOptions}. */
public final class ProviderMapping {
  private ProviderMapping() {}

  /**
   * @param extras the keys as read from the file
   * @param registrarPortGiven whether the registrar (as used now) was written with a port; without
   *     one DNS SRV applies
   */
  public static ProviderOptions options(AccountExtras extras, boolean registrarPortGiven) {
    Optional<ServerAddress> proxy = extras.proxy().map(ProviderMapping::server);
    return new ProviderOptions(
        proxy, extras.authUser(), extras.displayName(), extras.realm(), registrarPortGiven);
  }

  private static ServerAddress server(HostPort hp) {
    return new ServerAddress(
        hp.host(), hp.port() == 0 ? OptionalInt.empty() : OptionalInt.of(hp.port()));
  }
}
