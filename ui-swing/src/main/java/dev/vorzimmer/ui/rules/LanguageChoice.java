package dev.vorzimmer.ui.rules;

import dev.vorzimmer.ui.common.WrapLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * The languages the user speaks, ticked by name in the window's language (not typed as codes); a
 * code from config.toml that is not in the list gets its own box. Reads and writes the codes as
 * {@link RulesForm} takes them ("de, en"). EDT only.
 */
final class LanguageChoice {
  private static final List<String> COMMON =
      List.of("de", "en", "fr", "it", "es", "pt", "nl", "pl", "tr", "ru", "uk", "ar");
  private final Locale display;
  private final JPanel panel = new JPanel(new WrapLayout(6, 0));
  private final Map<String, JCheckBox> boxes = new LinkedHashMap<>();

  LanguageChoice(Locale display) {
    this.display = display;
    panel.setName("rules.languages");
    COMMON.forEach(this::box);
  }

  JComponent component() {
    return panel;
  }

  /** Ticks exactly the codes in {@code codes} ("de, en"). */
  void setText(String codes) {
    boxes.values().forEach(b -> b.setSelected(false));
    for (String code : codes.split("[,;\\s]+")) {
      if (!code.isBlank()) {
        box(code.toLowerCase(Locale.ROOT)).setSelected(true);
      }
    }
    panel.revalidate();
  }

  /** The ticked codes, e.g. "de, en". */
  String getText() {
    List<String> on = new ArrayList<>();
    boxes.forEach(
        (code, b) -> {
          if (b.isSelected()) {
            on.add(code);
          }
        });
    return String.join(", ", on);
  }

  private JCheckBox box(String code) {
    return boxes.computeIfAbsent(
        code,
        c -> {
          String name = Locale.forLanguageTag(c).getDisplayLanguage(display);
          JCheckBox b = new JCheckBox(name.isBlank() || name.equals(c) ? c : name);
          b.setName("rules.language." + c);
          panel.add(b);
          return b;
        });
  }
}
