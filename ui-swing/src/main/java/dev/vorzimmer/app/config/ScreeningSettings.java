package dev.vorzimmer.app.config;

import java.util.List;

/**
 * The {@code [screening]} section as read from the file; mapped onto the screening module's own
 * configuration by the composition root.
 *
 * @param region home region, ISO 3166 code such as "DE": national numbers are read against it
 * @param languages languages the user speaks (ISO 639-1), used to choose foreign greetings
 */
public record ScreeningSettings(String region, List<String> languages) {
  public ScreeningSettings {
    languages = List.copyOf(languages);
  }

  public static ScreeningSettings defaults() {
    return new ScreeningSettings("DE", List.of("de", "en"));
  }
}
