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
 * @param lines the lines: the single {@code [account]} or the {@code [[account]]} entries (empty in
 *     local-line mode); {@code account} is the default line's account
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
    List<CardDavSettings> addressBooks,
    List<LineSettings> lines) {

  public AppConfig {
    warnings = List.copyOf(warnings);
    addressBooks = List.copyOf(addressBooks);
    lines = List.copyOf(lines);
  }

  /** With one line: {@code account} as a single {@code [account]} (none: local-line mode). */
  public AppConfig(
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
    this(
        file,
        account,
        listenHost,
        listenPort,
        screening,
        calls,
        keepCallsDays,
        warnings,
        network,
        addressBooks,
        account.map(a -> List.of(LineSettings.single(a, listenPort))).orElse(List.of()));
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
        addressBooks,
        lines.stream()
            .map(
                l ->
                    new LineSettings(
                        l.name(),
                        l.account(),
                        l.screening(),
                        l.ringHours(),
                        l.isDefault(),
                        port + l.listenPort() - listenPort))
            .toList());
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
        addressBooks,
        lines);
  }

  /**
   * The same configuration with only {@code line} (its account as the one account, on the {@code
   * [sip]} port): a CLI call on one chosen line.
   */
  public AppConfig withOnlyLine(LineSettings line) {
    LineSettings only =
        new LineSettings(
            line.name(), line.account(), line.screening(), line.ringHours(), true, listenPort);
    return new AppConfig(
        file,
        Optional.of(line.account()),
        listenHost,
        listenPort,
        screening,
        calls,
        keepCallsDays,
        warnings,
        network,
        addressBooks,
        List.of(only));
  }
}
