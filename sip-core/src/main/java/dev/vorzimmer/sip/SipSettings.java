package dev.vorzimmer.sip;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the agent listens and which account (if any) it registers.
 *
 * @param listenHost IP address to bind UDP and TCP to (for example {@code 127.0.0.1} or a LAN
 *     address)
 * @param listenPort port for both UDP and TCP, 1..65535
 * @param account the provider account, or empty for a local line (calls straight to our address)
 * @param stun a STUN server to learn the public address for SDP from, or empty (then SDP has the
 *     local one)
 */
public record SipSettings(
    String listenHost, int listenPort, Optional<AccountConfig> account, Optional<StunServer> stun) {

  /** Without STUN. */
  public SipSettings(String listenHost, int listenPort, Optional<AccountConfig> account) {
    this(listenHost, listenPort, account, Optional.empty());
  }

  /** Validates the listen address; throws {@link IllegalArgumentException} naming the bad field. */
  public SipSettings {
    if (listenHost == null || listenHost.isBlank()) {
      throw new IllegalArgumentException("listenHost must not be blank");
    }
    if (listenPort < 1 || listenPort > 65535) {
      throw new IllegalArgumentException("listenPort must be 1..65535 but was " + listenPort);
    }
    Objects.requireNonNull(
        account, "account must not be null (use Optional.empty() for a local line)");
    Objects.requireNonNull(stun, "stun must not be null (use Optional.empty() for none)");
  }
}
