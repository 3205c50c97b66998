package dev.vorzimmer.sip;

import java.util.Objects;
import java.util.Optional;

/**
 * Provider settings beyond user, domain and registrar.
 *
 * @param proxy outbound proxy: every request (REGISTER, INVITE, keep-alive) is sent there with a
 *     loose-routing Route; empty sends them to the registrar
 * @param authUser digest user name when the provider's differs from the account user
 * @param displayName shown to the people we call (From of our requests)
 * @param realm the only digest realm we answer; empty: the realm of the registrar's first challenge
 * @param registrarPortGiven false when the registrar was written without a port (RFC 3263 SRV
 *     lookup applies)
 */
public record ProviderOptions(
    Optional<ServerAddress> proxy,
    Optional<String> authUser,
    Optional<String> displayName,
    Optional<String> realm,
    boolean registrarPortGiven) {

  /** No proxy, no separate auth user, no display name, realm learned; registrar port as given. */
  public static final ProviderOptions NONE =
      new ProviderOptions(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);

  /** Rejects nulls and blank or line-breaking strings. */
  public ProviderOptions {
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(authUser, "authUser");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(realm, "realm");
    authUser.ifPresent(u -> requireText(u, "authUser"));
    displayName.ifPresent(d -> requireText(d, "displayName"));
    realm.ifPresent(r -> requireText(r, "realm"));
  }

  private static void requireText(String value, String name) {
    if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == '"' || c == '\\')) {
      throw new IllegalArgumentException(
          name + " must be non-blank text without quotes, backslashes or " + "control characters");
    }
  }
}
