package dev.vorzimmer.screening;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a caller: offline facts from the number itself, plus optional fields an
 * online lookup may fill in.
 *
 * @param raw the presented string as received
 * @param presentation whether a usable number was shown, and if not, why
 * @param e164 the normalised number ({@code +4930123456}) when {@code presentation} is NUMBER
 * @param region ISO 3166 region of the number ({@code "DE"}, {@code "US"}), if known
 * @param countryNameEn English country name ("Germany"), if known
 * @param countryNameDe German country name ("Deutschland"), if known
 * @param lineType mobile, fixed, toll-free, …
 * @param displayNumber the number for display: national format for home-region numbers ({@code 030
 *     123456}), international otherwise ({@code +1 212-736-5000}); the raw string or the
 *     presentation reason when there is no usable number
 * @param regionName city/area, from {@link NumberPlaces} (offline) or a lookup
 * @param carrier network operator, from {@link NumberPlaces} (offline) or a lookup
 * @param lookupName a name from a lookup (e.g. PhoneBlock label)
 * @param spamScore spam votes from a lookup
 * @param rating community rating from a lookup (e.g. {@code G_FRAUD})
 */
public record CallerInfo(
    String raw,
    Presentation presentation,
    Optional<String> e164,
    Optional<String> region,
    Optional<String> countryNameEn,
    Optional<String> countryNameDe,
    LineType lineType,
    String displayNumber,
    Optional<String> regionName,
    Optional<String> carrier,
    Optional<String> lookupName,
    OptionalInt spamScore,
    Optional<String> rating) {

  public CallerInfo {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(presentation, "presentation");
    Objects.requireNonNull(lineType, "lineType");
    Objects.requireNonNull(displayNumber, "displayNumber");
    if (e164.isPresent() != (presentation == Presentation.NUMBER)) {
      throw new IllegalArgumentException("e164 must be present exactly for presentation NUMBER");
    }
  }

  /** Info for a caller without a usable number. */
  public static CallerInfo withoutNumber(String raw, Presentation presentation) {
    String display =
        presentation == Presentation.UNRECOGNISED && !raw.isBlank() ? raw : presentation.reason();
    return new CallerInfo(
        raw,
        presentation,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        LineType.UNKNOWN,
        display,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }

  /** True when a usable E.164 number is known. */
  public boolean hasNumber() {
    return presentation == Presentation.NUMBER;
  }

  /** True when the number belongs to a region other than {@code homeRegion}. */
  public boolean isForeign(String homeRegion) {
    return region.map(r -> !r.equalsIgnoreCase(homeRegion)).orElse(false);
  }

  /**
   * The caller in short, as data: code {@code caller} (line type, city/area, country, carrier),
   * shown as "mobile number, Germany", "landline number, Berlin, Germany", "mobile number, Germany
   * (T-Mobile)"; without a number {@code presentation.<kind>} ("number withheld").
   */
  public Reason details() {
    if (!hasNumber()) {
      return Reason.of("presentation." + presentation.name());
    }
    return Reason.of(
        "caller",
        "line",
        lineType.name(),
        "place",
        regionName.orElse(""),
        "country",
        region.orElse(""),
        "carrier",
        carrier.orElse(""));
  }

  /**
   * This info with city/area and carrier from {@code places} where it has none yet (display only).
   */
  public CallerInfo withPlaces(NumberPlaces places, java.util.Locale language) {
    if (e164.isEmpty() || places == NumberPlaces.NONE) {
      return this;
    }
    String number = e164.get();
    return new CallerInfo(
        raw,
        presentation,
        e164,
        region,
        countryNameEn,
        countryNameDe,
        lineType,
        displayNumber,
        regionName.or(() -> places.area(number, language)),
        carrier.or(() -> places.carrier(number, language)),
        lookupName,
        spamScore,
        rating);
  }

  /** This info enriched with a lookup answer (fields the lookup does not know stay as they are). */
  public CallerInfo withLookup(LookupResult result) {
    if (!result.found()) {
      return this;
    }
    return new CallerInfo(
        raw,
        presentation,
        e164,
        region,
        countryNameEn,
        countryNameDe,
        lineType,
        displayNumber,
        result.location().or(() -> regionName),
        carrier,
        result.label().or(() -> lookupName),
        OptionalInt.of(result.votes()),
        result.rating().or(() -> rating));
  }
}
