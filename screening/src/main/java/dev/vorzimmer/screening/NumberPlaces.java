package dev.vorzimmer.screening;

import dev.vorzimmer.screening.internal.geo.JarPhoneData;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a number is from (city or area) and which network it belongs to, from libphonenumber's
 * offline geocoder and carrier data. Maven Central's registry here does not serve those artifacts;
 * Debian does ({@code libphonenumber8-java} in {@code /usr/share/java}), so they are found at run
 * time. Without them every answer is empty: display only, never used for a decision.
 */
public interface NumberPlaces {
  /** No data: every answer is empty. */
  NumberPlaces NONE =
      new NumberPlaces() {
        @Override
        public Optional<String> area(String e164, Locale language) {
          return Optional.empty();
        }

        @Override
        public Optional<String> carrier(String e164, Locale language) {
          return Optional.empty();
        }
      };

  /**
   * The city or area of {@code e164} in {@code language} ("Berlin", "München"), if known and finer
   * than the country.
   */
  Optional<String> area(String e164, Locale language);

  /** The original network of a mobile {@code e164} ("Telefónica"), if known. */
  Optional<String> carrier(String e164, Locale language);

  /**
   * The geocoder, carrier and prefix-mapper jars in {@code dir} (Debian: {@code /usr/share/java}),
   * or {@link #NONE} when they are missing or unusable (logged once).
   */
  static NumberPlaces fromJars(Path dir) {
    return JarPhoneData.load(dir).orElse(NONE);
  }
}
