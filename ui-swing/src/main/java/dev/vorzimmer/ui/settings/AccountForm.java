package dev.vorzimmer.ui.settings;

import dev.vorzimmer.app.ProviderMapping;
import dev.vorzimmer.app.config.AccountExtras;
import dev.vorzimmer.app.config.AccountSettings;
import dev.vorzimmer.app.config.HostPort;
import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.Transport;
import dev.vorzimmer.ui.common.Texts;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the user typed into the account settings, checked before anything goes to the network or
 * into {@code config.toml}. No Swing, so it is unit-testable.
 *
 * @param user the SIP user (the part before the @)
 * @param domain the SIP domain
 * @param registrar {@code host[:port]}, or blank for the domain on port 5060
 * @param transport "udp", "tcp" or "tls"
 * @param password what is in the password field; blank keeps the stored password (if there is one)
 * @param storedPassword the password of the account as saved now, empty when none is saved
 * @param extras the saved provider keys the form does not show (proxy, auth_user, display_name,
 *     realm); they stay in the file and count for a test registration
 */
record AccountForm(
    String user,
    String domain,
    String registrar,
    String transport,
    String password,
    Optional<String> storedPassword,
    AccountExtras extras) {

  /** A form without provider keys. */
  AccountForm(
      String user,
      String domain,
      String registrar,
      String transport,
      String password,
      Optional<String> storedPassword) {
    this(user, domain, registrar, transport, password, storedPassword, AccountExtras.NONE);
  }

  static final int DEFAULT_PORT = 5060;
  private static final Pattern FORBIDDEN = Pattern.compile("[\\s@:<>\";]");
  private static final Pattern PORT_SUFFIX = Pattern.compile("^[^\\[\\]:]*:(.*)$|^\\[.*]:(.*)$");

  /** The fields a problem can belong to. */
  enum Field {
    USER,
    DOMAIN,
    REGISTRAR,
    PASSWORD
  }

  /** The form showing the saved account (password left blank: the saved one is kept). */
  static AccountForm of(AccountSettings saved) {
    String registrar =
        saved.registrarHost().equalsIgnoreCase(saved.domain())
                && saved.registrarPort() == DEFAULT_PORT
            ? ""
            : hostPort(saved.registrarHost(), saved.registrarPort());
    return new AccountForm(
        saved.user(),
        saved.domain(),
        registrar,
        saved.transport(),
        "",
        Optional.of(saved.password()),
        saved.extras());
  }

  /** An empty form for a phone without an account. */
  static AccountForm empty() {
    return new AccountForm("", "", "", "udp", "", Optional.empty());
  }

  /** What is wrong, per field, in the user's language; empty when the form can be used. */
  Map<Field, String> problems(Texts t) {
    Map<Field, String> out = new EnumMap<>(Field.class);
    String u = user.trim();
    if (u.isEmpty()) {
      out.put(Field.USER, t.get("account.error.userEmpty"));
    } else if (FORBIDDEN.matcher(u).find()) {
      out.put(Field.USER, t.get("account.error.userPart", u));
    }
    String d = domain.trim();
    if (d.isEmpty()) {
      out.put(Field.DOMAIN, t.get("account.error.domainEmpty"));
    } else if (!HostPort.parse(d, DEFAULT_PORT).map(hp -> hp.host().equals(d)).orElse(false)
        || FORBIDDEN.matcher(d).find()) {
      out.put(Field.DOMAIN, t.get("account.error.domain", d));
    }
    registrarProblem(t).ifPresent(p -> out.put(Field.REGISTRAR, p));
    if (password.isEmpty() && storedPassword.isEmpty()) {
      out.put(Field.PASSWORD, t.get("account.error.passwordEmpty"));
    }
    return out;
  }

  private Optional<String> registrarProblem(Texts t) {
    String r = registrar.trim();
    if (r.isEmpty() || HostPort.parse(r, DEFAULT_PORT).isPresent()) {
      return Optional.empty();
    }
    var m = PORT_SUFFIX.matcher(r);
    if (!r.contains(" ") && m.matches()) {
      String port = m.group(1) != null ? m.group(1) : m.group(2);
      return Optional.of(t.get("account.error.port", port));
    }
    return Optional.of(t.get("account.error.registrar", r));
  }

  /**
   * Where REGISTER goes: the registrar field, else the domain on port 5060. Only for a form without
   * problems.
   */
  HostPort registrarAddress() {
    String r = registrar.trim();
    return HostPort.parse(r.isEmpty() ? domain.trim() : r, DEFAULT_PORT)
        .orElseThrow(() -> new IllegalStateException("registrar not checked: " + r));
  }

  /**
   * The account as sip-core takes it (for a test registration); only for a form without problems.
   */
  AccountConfig toAccount(int expires) {
    HostPort at = registrarAddress();
    String secret = password.isEmpty() ? storedPassword.orElse("") : password;
    String r = registrar.trim();
    boolean portGiven = !r.isEmpty() && HostPort.parse(r, 0).map(hp -> hp.port() != 0).orElse(true);
    return new AccountConfig(
            user.trim(),
            domain.trim(),
            at.host(),
            at.port(),
            secret,
            Transport.valueOf(transport.toUpperCase(Locale.ROOT)),
            expires)
        .toBuilder().provider(ProviderMapping.options(extras, portGiven)).build();
  }

  /**
   * The {@code [account]} keys to write ({@code null} removes a key): a blank registrar is removed,
   * a typed password replaces a {@code password_file}, a blank one leaves the stored password
   * alone.
   */
  Map<String, Object> configKeys() {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("user", user.trim());
    keys.put("domain", domain.trim());
    keys.put("registrar", registrar.isBlank() ? null : registrar.trim());
    keys.put("transport", transport.toLowerCase(Locale.ROOT));
    if (!password.isEmpty()) {
      keys.put("password", password);
      keys.put("password_file", null);
    }
    return keys;
  }

  private static String hostPort(String host, int port) {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** Never shows a password. */
  @Override
  public String toString() {
    return "AccountForm["
        + user
        + "@"
        + domain
        + " via "
        + registrar
        + "/"
        + transport
        + " password=***]";
  }
}
