package dev.vorzimmer.app;

import dev.vorzimmer.app.config.AccountExtras;
import dev.vorzimmer.app.config.AccountSettings;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.ProviderOptions;
import dev.vorzimmer.sip.ServerAddress;
import dev.vorzimmer.sip.SipSettings;
import dev.vorzimmer.sip.Transport;
import java.util.Optional;
import java.util.OptionalInt;

/** Maps the file's settings onto sip-core's own types. */
final class SipSettingsMapper {
  private SipSettingsMapper() {}

  static SipSettings from(AppConfig config) {
    return new SipSettings(config.listenHost(), config.listenPort(), config.account().map(SipSettingsMapper::account));
  }

  private static AccountConfig account(AccountSettings a) {
    return new AccountConfig(a.user(), a.domain(), a.registrarHost(), a.registrarPort(), a.password(),
        a.transport().equals("tcp") ? Transport.TCP : Transport.UDP, a.expires()).withProvider(provider(a.extras()));
  }

  private static ProviderOptions provider(AccountExtras x) {
    Optional<ServerAddress> proxy = x.proxy().map(hp -> new ServerAddress(hp.host(),
        hp.port() == 0 ? OptionalInt.empty() : OptionalInt.of(hp.port())));
    return new ProviderOptions(proxy, x.authUser(), x.displayName(), x.realm(), x.registrarPortGiven());
  }
}
