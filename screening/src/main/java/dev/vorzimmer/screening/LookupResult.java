package dev.vorzimmer.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * Answer of an online reverse lookup for one number.
 *
 * @param found false when the service does not know the number (also cached)
 * @param votes spam votes (0 when not found or not spam)
 * @param rating community rating such as {@code G_FRAUD}, {@code E_ADVERTISING}, {@code
 *     A_LEGITIMATE}
 * @param label a display label from the service
 * @param location city or region from the service
 */
public record LookupResult(
    boolean found,
    int votes,
    Optional<String> rating,
    Optional<String> label,
    Optional<String> location) {

  public LookupResult {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(location, "location");
    if (votes < 0) {
      throw new IllegalArgumentException("votes must not be negative: " + votes);
    }
  }

  /** The service does not know the number. */
  public static LookupResult notFound() {
    return new LookupResult(false, 0, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
