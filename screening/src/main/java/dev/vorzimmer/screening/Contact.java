package dev.vorzimmer.screening;

import java.util.List;
import java.util.Optional;

/**
 * A person the user knows. Numbers are stored normalised to E.164 ({@code +4930123456}).
 *
 * @param id store id (0 when not stored yet)
 * @param name display name
 * @param numbers E.164 numbers
 * @param photo image bytes (JPEG/PNG) if any
 * @param favourite favourites ring even during quiet hours
 */
public record Contact(
    long id, String name, List<String> numbers, Optional<byte[]> photo, boolean favourite) {
  public Contact {
    numbers = List.copyOf(numbers);
  }
}
