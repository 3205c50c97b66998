package dev.vorzimmer.app.config;

import java.util.Optional;

/** Reads the optional provider keys of {@code [account]}: proxy, auth_user, display_name, realm. */
final class AccountExtrasReader {
  private final Section s;

  AccountExtrasReader(Section s) {
    this.s = s;
  }

  /**
   * @param registrarPortGiven whether {@code registrar} was written with a port
   */
  AccountExtras read(boolean registrarPortGiven) throws ConfigException {
    Optional<HostPort> proxy = proxy();
    Optional<String> authUser = text("auth_user", "4930123456", false);
    Optional<String> displayName = text("display_name", "Alice Example", true);
    Optional<String> realm = text("realm", "example.net", false);
    return new AccountExtras(proxy, authUser, displayName, realm, registrarPortGiven);
  }

  private Optional<HostPort> proxy() throws ConfigException {
    Optional<String> text = s.string("proxy", "proxy.example.net:5060");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String value = SipsKeys.strip(text.get().trim());
    Optional<HostPort> parsed =
        HostPort.parse(value, 0)
            .filter(
                hp ->
                    hp.host()
                        .chars()
                        .allMatch(
                            c -> Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == ':'));
    if (parsed.isEmpty()) {
      throw s.error(
          "proxy",
          "= \"" + value + "\" is not a host[:port]",
          "write the outbound proxy as host or host:port without sip: or ;lr, e.g. proxy = \"proxy.example.net:5060\"");
    }
    return parsed;
  }

  /**
   * A string without quotes, backslashes or control characters; blanks inside only where {@code
   * spaces}.
   */
  private Optional<String> text(String key, String example, boolean spaces) throws ConfigException {
    Optional<String> value = s.string(key, example);
    if (value.isEmpty()) {
      return value;
    }
    String v = value.get().strip();
    boolean bad =
        v.isEmpty()
            || v.length() > 128
            || v.chars()
                .anyMatch(
                    c ->
                        c < 0x20
                            || c == 0x7f
                            || c == '"'
                            || c == '\\'
                            || (!spaces && Character.isWhitespace(c)));
    if (bad) {
      throw s.error(
          key,
          "= \"" + value.get() + "\" is not usable",
          "write 1–128 characters without quotes, "
              + "backslashes"
              + (spaces ? "" : " or spaces")
              + ", e.g. "
              + key
              + " = \""
              + example
              + "\"");
    }
    return Optional.of(v);
  }
}
