package dev.vorzimmer.app.config;

import java.util.Optional;

/**
 * The optional provider keys of {@code [account]}.
 *
 * @param proxy {@code proxy = "host[:port]"}: the outbound proxy; port 0 when none was written
 *     (then DNS SRV finds it)
 * @param authUser {@code auth_user}: the digest user name when it differs from {@code user}
 * @param displayName {@code display_name}: our name in the From of calls we place
 * @param realm {@code realm}: the only digest realm we answer (default: the registrar's)
 * @param registrarPortGiven false when {@code registrar} (or the domain standing in for it) has no
 *     port
 */
public record AccountExtras(
    Optional<HostPort> proxy,
    Optional<String> authUser,
    Optional<String> displayName,
    Optional<String> realm,
    boolean registrarPortGiven) {

  /** None of the optional keys; the registrar's port counts as given. */
  public static final AccountExtras NONE =
      new AccountExtras(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
}
