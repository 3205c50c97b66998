package dev.vorzimmer.sip;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIP account at a provider.
 *
 * @param user user part of the address of record, also the digest user name unless an auth user is
 *     set
 * @param domain domain of the address of record (Request-URI of REGISTER)
 * @param registrarHost host (name or IP) the REGISTER requests are sent to, unless an outbound
 *     proxy is set
 * @param registrarPort port of the registrar, 1..65535 (ignored in favour of DNS SRV when {@link
 *     ProviderOptions#registrarPortGiven()} is false)
 * @param password digest password; never printed by {@link #toString()}
 * @param transport transport towards the registrar
 * @param expiresSeconds registration lifetime we ask for, at least 1
 * @param provider outbound proxy, auth user, display name, realm; {@link ProviderOptions#NONE} if
 *     none
 * @param mediaEncryption whether calls use SRTP (SDES keys; secret only over TLS)
 * @param caFile for {@link Transport#TLS}: a PEM file of CA certificates trusted besides the
 *     system's trust store (a PBX or FRITZ!Box with its own CA); empty: the system's only
 * @param sips the provider wants {@code sips:} URIs (RFC 3261 §19.1, §26.2; RFC 5630): our address
 *     of record, the REGISTER's Request-URI, Route and Contact are {@code sips:}, which asks for
 *     TLS on every hop; only with {@link Transport#TLS}
 */
public record AccountConfig(
    String user,
    String domain,
    String registrarHost,
    int registrarPort,
    String password,
    Transport transport,
    int expiresSeconds,
    ProviderOptions provider,
    MediaEncryption mediaEncryption,
    Optional<Path> caFile,
    boolean sips) {

  /** An account with {@code sip:} URIs. */
  public AccountConfig(
      String user,
      String domain,
      String registrarHost,
      int registrarPort,
      String password,
      Transport transport,
      int expiresSeconds,
      ProviderOptions provider,
      MediaEncryption mediaEncryption,
      Optional<Path> caFile) {
    this(
        user,
        domain,
        registrarHost,
        registrarPort,
        password,
        transport,
        expiresSeconds,
        provider,
        mediaEncryption,
        caFile,
        false);
  }

  /** Validates all fields; throws {@link IllegalArgumentException} naming the bad one. */
  public AccountConfig {
    requireToken(user, "user");
    requireToken(domain, "domain");
    requireToken(registrarHost, "registrarHost");
    Objects.requireNonNull(password, "password must not be null");
    Objects.requireNonNull(transport, "transport must not be null");
    Objects.requireNonNull(provider, "provider must not be null (use ProviderOptions.NONE)");
    Objects.requireNonNull(mediaEncryption, "mediaEncryption must not be null");
    Objects.requireNonNull(caFile, "caFile must not be null (use Optional.empty())");
    if (registrarPort < 1 || registrarPort > 65535) {
      throw new IllegalArgumentException("registrarPort must be 1..65535 but was " + registrarPort);
    }
    if (expiresSeconds < 1) {
      throw new IllegalArgumentException(
          "expiresSeconds must be at least 1 but was " + expiresSeconds);
    }
    if (sips && transport != Transport.TLS) {
      throw new IllegalArgumentException(
          "sips: URIs need transport TLS (RFC 3261 §26.2) but transport is " + transport);
    }
  }

  /**
   * An account without provider options ({@link ProviderOptions#NONE}), with plain RTP, trusting
   * only the system's CA certificates; {@link #toBuilder} gives the others.
   */
  public AccountConfig(
      String user,
      String domain,
      String registrarHost,
      int registrarPort,
      String password,
      Transport transport,
      int expiresSeconds) {
    this(
        user,
        domain,
        registrarHost,
        registrarPort,
        password,
        transport,
        expiresSeconds,
        ProviderOptions.NONE,
        MediaEncryption.NONE,
        Optional.empty());
  }

  /** A builder holding this account's values, to change some of them and {@link Builder#build}. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Changes some values of an account: {@code account.toBuilder().caFile(pem).build()}. {@link
   * #build} validates like the record's constructor.
   */
  public static final class Builder {
    private final AccountConfig from;
    private ProviderOptions provider;
    private MediaEncryption mediaEncryption;
    private Optional<Path> caFile;
    private boolean sips;

    private Builder(AccountConfig from) {
      this.from = from;
      provider = from.provider;
      mediaEncryption = from.mediaEncryption;
      caFile = from.caFile;
      sips = from.sips;
    }

    /** Other provider options. */
    public Builder provider(ProviderOptions options) {
      provider = options;
      return this;
    }

    /** Another media encryption. */
    public Builder mediaEncryption(MediaEncryption encryption) {
      mediaEncryption = encryption;
      return this;
    }

    /** Trusting the CA certificates in {@code file} (PEM) besides the system's, for TLS. */
    public Builder caFile(Path file) {
      caFile = Optional.of(file);
      return this;
    }

    /**
     * Whether to use {@code sips:} URIs (needs {@link Transport#TLS}): what a provider that asks
     * for SIPS gets.
     */
    public Builder sips(boolean value) {
      sips = value;
      return this;
    }

    /** The account; throws {@link IllegalArgumentException} naming a bad value. */
    public AccountConfig build() {
      return new AccountConfig(
          from.user,
          from.domain,
          from.registrarHost,
          from.registrarPort,
          from.password,
          from.transport,
          from.expiresSeconds,
          provider,
          mediaEncryption,
          caFile,
          sips);
    }
  }

  /** The URI scheme of our addresses: {@code sips} or {@code sip}. */
  public String scheme() {
    return sips ? "sips" : "sip";
  }

  /** The user name of our digest answers: the auth user if set, else the account user. */
  public String digestUser() {
    return provider.authUser().orElse(user);
  }

  /** The registrar as written: with its port, or without one when DNS SRV is to find it. */
  public ServerAddress registrar() {
    return provider.registrarPortGiven()
        ? ServerAddress.of(registrarHost, registrarPort)
        : new ServerAddress(registrarHost, java.util.OptionalInt.empty());
  }

  /** Where our requests go first: the outbound proxy if set, else the registrar. */
  public ServerAddress firstHop() {
    return provider.proxy().orElseGet(this::registrar);
  }

  /** The address of record, {@code sip:user@domain} ({@code sips:} for a SIPS account). */
  public String aor() {
    return scheme() + ":" + user + "@" + domain;
  }

  /** Everything but the password, which is masked. */
  @Override
  public String toString() {
    return "AccountConfig[user="
        + user
        + ", domain="
        + domain
        + ", registrar="
        + registrarHost
        + ":"
        + registrarPort
        + ", password=***, transport="
        + transport
        + ", expiresSeconds="
        + expiresSeconds
        + ", mediaEncryption="
        + mediaEncryption
        + caFile.map(f -> ", caFile=" + f).orElse("")
        + (sips ? ", sips" : "")
        + "]";
  }

  private static void requireToken(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || c == '@' || c == '<' || c == '>' || c == '"' || c == ';') {
        throw new IllegalArgumentException(
            name + " contains an illegal character '" + c + "': " + value);
      }
    }
  }
}
