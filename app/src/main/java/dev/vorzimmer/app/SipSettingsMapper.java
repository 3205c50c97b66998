package dev.vorzimmer.app;

import dev.vorzimmer.app.config.AccountSettings;
import dev.vorzimmer.app.config.AppConfig;
import dev.vorzimmer.app.config.LineSettings;
import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.MediaEncryption;
import dev.vorzimmer.sip.SipSettings;
import dev.vorzimmer.sip.StunServer;
import dev.vorzimmer.sip.Transport;

/** Maps the file's settings onto sip-core's own types. */
final class SipSettingsMapper {
  private SipSettingsMapper() {}

  static SipSettings from(AppConfig config) {
    return new SipSettings(
        config.listenHost(),
        config.listenPort(),
        config.account().map(SipSettingsMapper::account),
        config.network().stun().map(s -> new StunServer(s.host(), s.port())));
  }

  /** The settings of one of several lines: its own account and port. */
  static SipSettings from(AppConfig config, LineSettings line) {
    return new SipSettings(
        config.listenHost(),
        line.listenPort(),
        java.util.Optional.of(account(line.account())),
        config.network().stun().map(s -> new StunServer(s.host(), s.port())));
  }

  private static AccountConfig account(AccountSettings a) {
    AccountConfig.Builder account =
        new AccountConfig(
                a.user(),
                a.domain(),
                a.registrarHost(),
                a.registrarPort(),
                a.password(),
                Transport.valueOf(a.transport().toUpperCase(java.util.Locale.ROOT)),
                a.expires())
            .toBuilder()
                .provider(ProviderMapping.options(a.extras(), a.extras().registrarPortGiven()))
                .mediaEncryption(
                    MediaEncryption.valueOf(a.mediaEncryption().toUpperCase(java.util.Locale.ROOT)))
                .sips(a.sips());
    a.caFile().ifPresent(account::caFile);
    return account.build();
  }
}
