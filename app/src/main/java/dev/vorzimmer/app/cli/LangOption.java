package dev.vorzimmer.app.cli;

import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --lang en|de}: the language of the output (reasons, caller details, labels and list
 * lines); by default the terminal's ({@code LANG}/{@code LC_ALL}, as Java reads it into the default
 * locale). Declared once on the root command and inherited like {@code --home}: it may stand before
 * or after the subcommand.
 */
public final class LangOption {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The languages there are words for. */
  public enum Lang {
    en,
    de
  }

  @Option(
      names = "--lang",
      paramLabel = "${bundle:label.lang:-LANG}",
      scope = ScopeType.INHERIT,
      description = "Language of the output: ${COMPLETION-CANDIDATES} (default: the terminal's).")
  Lang lang;

  /** The language chosen on the command line of {@code spec}, else the default locale. */
  static Locale locale(CommandSpec spec) {
    OptionSpec option = spec.root().findOption("--lang");
    Lang chosen = option == null ? null : option.getValue();
    return chosen == null
        ? terminal(System.getenv(), Locale.getDefault())
        : Locale.forLanguageTag(chosen.name());
  }

  /**
   * The terminal's language: Java's default locale, except when Java fell back to English because
   * the system lacks the locale the terminal names ({@code LANG=de_DE.UTF-8} without a generated
   * de_DE locale): then the language of the first of {@code LC_ALL}, {@code LC_MESSAGES}, {@code
   * LANG} that is set, if there are words for it.
   */
  static Locale terminal(Map<String, String> env, Locale javaDefault) {
    if (!"en".equals(javaDefault.getLanguage())) {
      return javaDefault;
    }
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = env.getOrDefault(name, "");
      if (!value.isEmpty()) {
        String language = value.split("[_.@]", 2)[0];
        for (Lang known : Lang.values()) {
          if (known.name().equals(language)) {
            return Locale.forLanguageTag(language);
          }
        }
        return javaDefault;
      }
    }
    return javaDefault;
  }

  /**
   * Gives {@code cli} and its subcommands the usage help in the language of {@code args} ({@code
   * --lang de} or {@code --lang=de} anywhere), else the terminal's. Picocli prints the help before
   * any command runs, so the language is read from the arguments here, before parsing.
   */
  public static void localizeHelp(CommandLine cli, String[] args) {
    Locale locale = chosen(args).orElseGet(() -> terminal(System.getenv(), Locale.getDefault()));
    cli.setResourceBundle(
        ResourceBundle.getBundle("dev.vorzimmer.app.cli.help", locale, NO_FALLBACK));
  }

  /** The language named by {@code --lang} in {@code args}, if it is one there are words for. */
  static Optional<Locale> chosen(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value =
          args[i].startsWith("--lang=")
              ? args[i].substring("--lang=".length())
              : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
      for (Lang known : Lang.values()) {
        if (known.name().equals(value)) {
          return Optional.of(Locale.forLanguageTag(value));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when the terminal's character set ({@code LC_ALL}, else {@code LC_CTYPE}, else {@code
   * LANG}) is UTF-8 but Java's ({@code javaEncoding}, its {@code native.encoding}) is not: Java
   * falls back to ASCII when the system lacks the locale the terminal names ({@code
   * LANG=de_DE.UTF-8} without a generated de_DE), and would print "ü" and "★" as "?".
   */
  public static boolean terminalWantsUtf8(Map<String, String> env, String javaEncoding) {
    if (javaEncoding.equalsIgnoreCase("UTF-8")) {
      return false;
    }
    for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
      String value = env.getOrDefault(name, "");
      if (!value.isEmpty()) {
        String charset = value.contains(".") ? value.substring(value.indexOf('.') + 1) : "";
        charset = charset.split("@", 2)[0].replace("-", "");
        return charset.equalsIgnoreCase("UTF8");
      }
    }
    return false;
  }

  /** The reasons' words in the chosen language. */
  static ReasonTexts texts(CommandSpec spec) {
    return ReasonTexts.of(locale(spec));
  }

  /** The command line's fixed words in the chosen language. */
  static CliWords words(CommandSpec spec) {
    return CliWords.of(locale(spec));
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
