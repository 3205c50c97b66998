package dev.vorzimmer.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Locale;
import java.util.Map;

/** Light or dark FlatLaf look. The system preference is guessed from the desktop's theme name. */
final class Theme {
  private Theme() {}

  /**
   * Guesses whether the desktop uses a dark theme: {@code -Dvorzimmer.theme=dark|light} wins,
   * otherwise a GTK theme name containing "dark" ({@code GTK_THEME}, e.g. {@code Adwaita:dark}).
   */
  static boolean prefersDark(Map<String, String> env, String property) {
    if (property != null && !property.isBlank()) {
      return "dark".equalsIgnoreCase(property.strip());
    }
    return env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark");
  }

  /** Installs the look; EDT only. Open windows are updated. */
  static void apply(boolean dark) {
    if (dark) {
      FlatDarkLaf.setup();
    } else {
      FlatLightLaf.setup();
    }
    FlatLaf.updateUI();
  }

  static boolean isDark() {
    return FlatLaf.isLafDark();
  }
}
