package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.RegistrationTrial;
import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.ui.common.Texts;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Test registration": a temporary agent registers once; the running line is not touched. */
final class AccountTrial {
  private static final Logger log = LoggerFactory.getLogger(AccountTrial.class);
  static final Duration WAIT = Duration.ofSeconds(8);

  private AccountTrial() {}

  /** Registers {@code form}'s account once and says how it went; off the EDT (takes seconds). */
  static RegistrationVerdict run(AccountForm form, String listenHost, int expires, Texts t) {
    return run(form, listenHost, expires, Optional.empty(), t);
  }

  /**
   * As {@link #run(AccountForm, String, int, Texts)}, trusting {@code caFile} (the saved {@code
   * ca_file}, edited in config.toml) besides the system's CAs when the form asks for TLS.
   */
  static RegistrationVerdict run(
      AccountForm form, String listenHost, int expires, Optional<Path> caFile, Texts t) {
    String at = form.registrarAddress().host() + ":" + form.registrarAddress().port();
    try {
      AccountConfig typed = form.toAccount(expires);
      AccountConfig account =
          caFile
              .filter(f -> typed.transport() == Transport.TLS)
              .map(f -> typed.toBuilder().caFile(f).build())
              .orElse(typed);
      RegistrationEvent last = new RegistrationTrial(listenHost).run(account, WAIT);
      return RegistrationVerdict.of(last, at, t);
    } catch (UnknownHostException e) {
      log.info("test registration: registrar {} does not resolve", form.registrarAddress().host());
      return RegistrationVerdict.unknownHost(form.registrarAddress().host(), t);
    } catch (IOException e) {
      log.warn("test registration could not start", e);
      return RegistrationVerdict.notStarted(e.getMessage(), t);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RegistrationVerdict.notStarted(e.toString(), t);
    }
  }
}
