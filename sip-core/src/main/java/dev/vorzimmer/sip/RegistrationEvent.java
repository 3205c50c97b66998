package dev.vorzimmer.sip;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A registration state change.
 *
 * @param state the new state
 * @param aor the address of record concerned ({@code sip:user@domain}), or our local URI on a local
 *     line
 * @param expiresSeconds lifetime granted by the registrar when {@code REGISTERED}, otherwise 0
 * @param retryIn delay before the next attempt when {@code RETRYING}, otherwise empty
 * @param reason human-readable cause, for the status bar and the log; never contains the password
 * @param displayName the account's {@code display_name}, or empty
 */
public record RegistrationEvent(
    RegistrationState state,
    String aor,
    int expiresSeconds,
    Optional<Duration> retryIn,
    String reason,
    String displayName) {

  /** Rejects null fields. */
  public RegistrationEvent {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(aor, "aor");
    Objects.requireNonNull(retryIn, "retryIn");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(displayName, "displayName");
  }

  /** An event without a display name. */
  public RegistrationEvent(
      RegistrationState state,
      String aor,
      int expiresSeconds,
      Optional<Duration> retryIn,
      String reason) {
    this(state, aor, expiresSeconds, retryIn, reason, "");
  }

  /**
   * Who we are, as the user sees it: {@code "Alice Example <sip:alice@example.net>"}, or just the
   * address.
   */
  public String identity() {
    return displayName.isEmpty() ? aor : displayName + " <" + aor + ">";
  }
}
