package dev.vorzimmer.app.config;

/**
 * The {@code [account]} section: the SIP line registered with a provider.
 *
 * @param user SIP user; the address of record is {@code sip:user@domain}
 * @param domain SIP domain (and digest realm, usually)
 * @param registrarHost registrar host (defaults to the domain)
 * @param registrarPort registrar port (default 5060)
 * @param password the SIP password (from {@code password} or {@code password_file})
 * @param transport "udp", "tcp" or "tls"
 * @param expires requested registration lifetime in seconds
 * @param extras outbound proxy, auth user, display name, realm ({@link AccountExtras#NONE} if none)
 * @param mediaEncryption "none", "optional" or "required" (SRTP with SDES keys)
 * @param caFile {@code ca_file}: CA certificates (PEM) trusted for TLS besides the system's
 * @param sips {@code domain}, {@code registrar} or {@code proxy} was written with {@code sips:}
 *     (then the transport is "tls")
 */
public record AccountSettings(
    String user,
    String domain,
    String registrarHost,
    int registrarPort,
    String password,
    String transport,
    int expires,
    AccountExtras extras,
    String mediaEncryption,
    java.util.Optional<java.nio.file.Path> caFile,
    boolean sips) {

  /** An account with {@code sip:} URIs. */
  public AccountSettings(
      String user,
      String domain,
      String registrarHost,
      int registrarPort,
      String password,
      String transport,
      int expires,
      AccountExtras extras,
      String mediaEncryption,
      java.util.Optional<java.nio.file.Path> caFile) {
    this(
        user,
        domain,
        registrarHost,
        registrarPort,
        password,
        transport,
        expires,
        extras,
        mediaEncryption,
        caFile,
        false);
  }

  /**
   * An account without the optional provider keys, with plain RTP media, trusting only the system's
   * CAs; {@link #toBuilder} gives the others.
   */
  public AccountSettings(
      String user,
      String domain,
      String registrarHost,
      int registrarPort,
      String password,
      String transport,
      int expires) {
    this(
        user,
        domain,
        registrarHost,
        registrarPort,
        password,
        transport,
        expires,
        AccountExtras.NONE,
        "none",
        java.util.Optional.empty());
  }

  /** A builder holding this account's values, to change some of them and {@link Builder#build}. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes some values of an account: {@code settings.toBuilder().extras(e).build()}. */
  public static final class Builder {
    private final AccountSettings from;
    private AccountExtras extras;
    private String mediaEncryption;

    private Builder(AccountSettings from) {
      this.from = from;
      extras = from.extras;
      mediaEncryption = from.mediaEncryption;
    }

    /** The optional provider keys. */
    public Builder extras(AccountExtras value) {
      extras = value;
      return this;
    }

    /** {@code media_encryption}. */
    public Builder mediaEncryption(String value) {
      mediaEncryption = value;
      return this;
    }

    /** The account with the changed values and the others as they were. */
    public AccountSettings build() {
      return new AccountSettings(
          from.user,
          from.domain,
          from.registrarHost,
          from.registrarPort,
          from.password,
          from.transport,
          from.expires,
          extras,
          mediaEncryption,
          from.caFile,
          from.sips);
    }
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "AccountSettings[sip:"
        + user
        + "@"
        + domain
        + " via "
        + registrarHost
        + ":"
        + registrarPort
        + "/"
        + transport
        + " expires="
        + expires
        + " "
        + extras
        + " media_encryption="
        + mediaEncryption
        + (sips ? " sips" : "")
        + " password=***]";
  }
}
