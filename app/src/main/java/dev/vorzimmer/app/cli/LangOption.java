package dev.vorzimmer.app.cli;

import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --lang en|de}: the language reasons and caller details are worded in; by default the
 * terminal's ({@code LANG}/{@code LC_ALL}, as Java reads it into the default locale).
 */
public final class LangOption {
  /** The languages there are words for. */
  public enum Lang {
    en,
    de
  }

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "Language of reasons and caller details: ${COMPLETION-CANDIDATES} (default: the terminal's).")
  Lang lang;

  /** The texts in the chosen language, else the default locale's. */
  ReasonTexts texts() {
    return ReasonTexts.of(lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang.name()));
  }

  /**
   * Reasons for {@code --json}: each with its {@code code}, {@code args} and worded {@code text}.
   */
  static List<Map<String, Object>> json(List<Reason> reasons, ReasonTexts texts) {
    List<Map<String, Object>> list = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      list.add(json(r, texts));
    }
    return list;
  }

  static Map<String, Object> json(Reason r, ReasonTexts texts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.code());
    m.put("args", r.args());
    m.put("text", texts.render(r));
    return m;
  }
}
