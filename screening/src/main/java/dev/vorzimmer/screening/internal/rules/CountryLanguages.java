package dev.vorzimmer.screening.internal.rules;

import java.util.Map;
import java.util.Optional;

/** Presumed main language (ISO 639-1) of a country (ISO 3166), for choosing a greeting. */
public final class CountryLanguages {
  private static final Map<String, String> MAIN_LANGUAGE =
      Map.ofEntries(
          Map.entry("US", "en"),
          Map.entry("GB", "en"),
          Map.entry("IE", "en"),
          Map.entry("AU", "en"),
          Map.entry("CA", "en"),
          Map.entry("NZ", "en"),
          Map.entry("ZA", "en"),
          Map.entry("IN", "en"),
          Map.entry("MT", "en"),
          Map.entry("DE", "de"),
          Map.entry("AT", "de"),
          Map.entry("CH", "de"),
          Map.entry("LI", "de"),
          Map.entry("LU", "de"),
          Map.entry("FR", "fr"),
          Map.entry("BE", "nl"),
          Map.entry("MC", "fr"),
          Map.entry("NL", "nl"),
          Map.entry("ES", "es"),
          Map.entry("MX", "es"),
          Map.entry("AR", "es"),
          Map.entry("CO", "es"),
          Map.entry("CL", "es"),
          Map.entry("PE", "es"),
          Map.entry("IT", "it"),
          Map.entry("SM", "it"),
          Map.entry("PT", "pt"),
          Map.entry("BR", "pt"),
          Map.entry("PL", "pl"),
          Map.entry("CZ", "cs"),
          Map.entry("SK", "sk"),
          Map.entry("HU", "hu"),
          Map.entry("RO", "ro"),
          Map.entry("MD", "ro"),
          Map.entry("BG", "bg"),
          Map.entry("GR", "el"),
          Map.entry("CY", "el"),
          Map.entry("TR", "tr"),
          Map.entry("RU", "ru"),
          Map.entry("BY", "ru"),
          Map.entry("UA", "uk"),
          Map.entry("HR", "hr"),
          Map.entry("RS", "sr"),
          Map.entry("SI", "sl"),
          Map.entry("BA", "bs"),
          Map.entry("AL", "sq"),
          Map.entry("DK", "da"),
          Map.entry("SE", "sv"),
          Map.entry("NO", "no"),
          Map.entry("FI", "fi"),
          Map.entry("IS", "is"),
          Map.entry("EE", "et"),
          Map.entry("LV", "lv"),
          Map.entry("LT", "lt"),
          Map.entry("CN", "zh"),
          Map.entry("TW", "zh"),
          Map.entry("JP", "ja"),
          Map.entry("KR", "ko"),
          Map.entry("VN", "vi"),
          Map.entry("TH", "th"),
          Map.entry("IL", "he"),
          Map.entry("IR", "fa"),
          Map.entry("EG", "ar"),
          Map.entry("SA", "ar"),
          Map.entry("AE", "ar"),
          Map.entry("MA", "ar"),
          Map.entry("TN", "ar"),
          Map.entry("DZ", "ar"),
          Map.entry("PK", "ur"),
          Map.entry("ID", "id"),
          Map.entry("NG", "en"),
          Map.entry("KE", "en"));

  private CountryLanguages() {}

  /** The presumed main language of {@code region}, if the table knows it. */
  public static Optional<String> of(String region) {
    return Optional.ofNullable(MAIN_LANGUAGE.get(region));
  }
}
