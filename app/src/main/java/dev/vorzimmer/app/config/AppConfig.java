package dev.vorzimmer.app.config;

import dev.vorzimmer.screening.ScreeningConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole, validated configuration. A config that loads is complete: the phone never starts
 * half-configured.
 *
 * @param file where it was read from (it may not exist: then all defaults apply)
 * @param account the registered line, or empty for local-line mode (direct SIP calls, no
 *     registration)
 * @param listenHost local SIP address ({@code [sip] listen}, default 0.0.0.0)
 * @param listenPort local SIP port (default 5062)
 * @param screening the {@code [screening]} settings
 * @param calls the {@code [calls]} and {@code [voicemail]} settings
 * @param keepCallsDays {@code [storage] keep_calls_days}: call-log rows older than this are deleted
 * @param warnings problems worth telling the user that do not stop the phone (e.g. a readable
 *     password)
 * @param network STUN and the RTP port range ({@code [nat]}, {@code [media]})
 * @param addressBooks the {@code [[contacts.carddav]]} entries
 */
public record AppConfig(
    Path file,
    Optional<AccountSettings> account,
    String listenHost,
    int listenPort,
    ScreeningConfig screening,
    CallsAndVoicemailSettings calls,
    int keepCallsDays,
    List<String> warnings,
    NetworkSettings network,
    List<CardDavSettings> addressBooks) {

  public AppConfig {
    warnings = List.copyOf(warnings);
    addressBooks = List.copyOf(addressBooks);
  }

  /** The same configuration listening on {@code port} (a CLI call beside a running phone). */
  public AppConfig withListenPort(int port) {
    return new AppConfig(
        file,
        account,
        listenHost,
        port,
        screening,
        calls,
        keepCallsDays,
        warnings,
        network,
        addressBooks);
  }

  /**
   * The same configuration, as read from {@code other} (used when a checked copy becomes the file).
   */
  public AppConfig withFile(Path other) {
    return new AppConfig(
        other,
        account,
        listenHost,
        listenPort,
        screening,
        calls,
        keepCallsDays,
        warnings,
        network,
        addressBooks);
  }
}
