package dev.vorzimmer.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts {@link Reason}s into words in one language (English or German; any other locale gets
 * English). Immutable and thread-safe.
 *
 * <p>The words live in {@code dev/vorzimmer/screening/reasons.properties} (English) and {@code
 * reasons_de.properties} (German), one line per code: {@code {name}} is an argument, a part in
 * {@code [...]} is left out when an argument in it is empty. How an argument is shown depends on
 * its name: {@code country} (ISO 3166 → the country's name in this language), {@code language} (ISO
 * 639 → the language's name), {@code line}, {@code presentation}, {@code service} (the catalogue
 * entry {@code line.<value>}, …), {@code origin} (where a list entry came from, with its {@code
 * note}), {@code span} (quiet hours, day names translated), {@code seconds} ("25 s", "3 min"),
 * {@code time} and {@code clock} (epoch milliseconds as date and time, or time of day when it is
 * today), {@code ordinal} ("3rd", "3."); any other argument as it is.
 */
public final class ReasonTexts {
  static final String BUNDLE = "dev.vorzimmer.screening.reasons";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");
  private static final Pattern DAY =
      Pattern.compile("(?i)\\b(mon|tue|wed|thu|fri|sat|sun|daily)\\b");

  /** Rendered reasons kept per instance; cleared when full. */
  static final int MEMO_LIMIT = 1024;

  private final Locale locale;
  private final ResourceBundle bundle;
  private final Clock clock;

  /**
   * Words of reasons without a date or time in them (the log line of every call renders the same
   * few reasons again: the caller's area, the block entry); issue #15.
   */
  private final Map<Reason, String> memo = new ConcurrentHashMap<>();

  private ReasonTexts(Locale locale, Clock clock) {
    this.locale = isGerman(locale) ? Locale.GERMAN : Locale.ENGLISH;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            this.locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Texts in {@code locale}'s language (German for {@code de*}, else English), local time. */
  public static ReasonTexts of(Locale locale) {
    return new ReasonTexts(locale, Clock.systemDefaultZone());
  }

  /** Texts in {@code locale}'s language, dates and times in {@code clock}'s zone. */
  public static ReasonTexts of(Locale locale, Clock clock) {
    return new ReasonTexts(locale, clock);
  }

  /** The languages there are catalogues for. */
  public static List<Locale> languages() {
    return List.of(Locale.ENGLISH, Locale.GERMAN);
  }

  /** The language these texts are in ({@code en} or {@code de}). */
  public Locale locale() {
    return locale;
  }

  /** Every code this catalogue has words for. */
  public Set<String> codes() {
    return bundle.keySet();
  }

  /** The words for {@code reason}; an unknown code shows as the code with its arguments. */
  public String render(Reason reason) {
    String known = memo.get(reason);
    if (known != null) {
      return known;
    }
    String words = words(reason);
    if (timeless(reason)) {
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear();
      }
      memo.put(reason, words);
    }
    return words;
  }

  /**
   * True unless the words depend on today's date: a {@code time} or {@code clock} argument, also
   * inside a program-written note (a reason as JSON).
   */
  private static boolean timeless(Reason reason) {
    for (Map.Entry<String, String> arg : reason.args().entrySet()) {
      String name = arg.getKey();
      String value = arg.getValue();
      if (name.equals("time")
          || name.equals("clock")
          || value.contains("\"time\"")
          || value.contains("\"clock\"")) {
        return false;
      }
    }
    return true;
  }

  private String words(Reason reason) {
    if (reason.code().equals(Reason.LEGACY)) {
      return reason.arg("text");
    }
    String template = template(reason.code());
    if (template == null) {
      return reason.args().isEmpty()
          ? reason.code()
          : reason.code() + ": " + String.join(", ", reason.args().values());
    }
    return fill(template, reason);
  }

  /** {@link #render(Reason)} for each. */
  public List<String> render(List<Reason> reasons) {
    return reasons.stream().map(this::render).toList();
  }

  /** The deciding (last) reason of {@code reasons} in words, or "". */
  public String main(List<Reason> reasons) {
    return reasons.isEmpty() ? "" : render(reasons.get(reasons.size() - 1));
  }

  /**
   * A stored caller number for display: the English word for a caller without number ({@link
   * Presentation#reason()}, as the call log keeps it) becomes this language's; numbers stay.
   */
  public String number(String shown) {
    for (Presentation p : Presentation.values()) {
      if (p != Presentation.NUMBER && p.reason().equals(shown)) {
        return render(Reason.of("presentation." + p.name()));
      }
    }
    return shown;
  }

  /**
   * A block/allow entry's note for display: a reason the program wrote ({@link
   * ReasonJson#write(Reason)}, e.g. a robot range) in words, the user's own text as it is.
   */
  public String note(String note) {
    return ReasonJson.readOne(note).map(this::render).orElse(note);
  }

  private String template(String code) {
    try {
      return bundle.getString(code);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private String fill(String template, Reason reason) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('[', i);
      int close = open < 0 ? -1 : template.indexOf(']', open);
      if (close < 0) {
        out.append(fillPart(template.substring(i), reason, false));
        break;
      }
      out.append(fillPart(template.substring(i, open), reason, false));
      String optional = fillPart(template.substring(open + 1, close), reason, true);
      out.append(optional == null ? "" : optional);
      i = close + 1;
    }
    return out.toString();
  }

  /** The part with its arguments filled in; null if {@code optional} and one of them is empty. */
  private String fillPart(String part, Reason reason, boolean optional) {
    Matcher m = PLACEHOLDER.matcher(part);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = format(m.group(1), reason);
      if (value.isEmpty() && optional) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String format(String name, Reason reason) {
    String value = reason.arg(name);
    if (value.isEmpty()) {
      return "";
    }
    return switch (name) {
      case "country" -> country(value);
      case "language" -> new Locale(value).getDisplayLanguage(locale);
      case "line", "presentation", "service" -> word(name + "." + value, value);
      case "origin" -> origin(value, reason.arg("note"));
      case "span" -> days(value);
      case "seconds" -> duration(value);
      case "elapsed" -> elapsed(value);
      case "ago" -> ago(value);
      case "time" -> dateTime(value, false);
      case "clock" -> dateTime(value, true);
      case "ordinal" -> ordinal(value);
      default -> value;
    };
  }

  private String word(String key, String fallback) {
    String t = template(key);
    return t == null ? fallback : t;
  }

  private String country(String region) {
    String name = new Locale("", region).getDisplayCountry(locale);
    return name.isEmpty() || name.equalsIgnoreCase(region) ? region : name;
  }

  private String origin(String source, String note) {
    Reason from;
    if (source.startsWith("import:")) {
      from = Reason.of("origin.import", "file", source.substring("import:".length()));
    } else if (source.equals("cli") || source.equals("ui") || source.isBlank()) {
      from = Reason.of("origin.you");
    } else if (source.equals("robot-range")) {
      from = Reason.of("origin.robot");
    } else {
      from = Reason.of("origin.other", "source", source);
    }
    String words = render(from);
    return note.isBlank()
        ? words
        : render(Reason.of("origin.note", "note", note(note), "from", words));
  }

  private String days(String span) {
    Matcher m = DAY.matcher(span);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = "day." + m.group(1).toLowerCase(Locale.ROOT);
      m.appendReplacement(out, Matcher.quoteReplacement(word(key, m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String duration(String value) {
    long seconds;
    try {
      seconds = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return value;
    }
    return seconds < 60 ? seconds + " s" : seconds / 60 + " min";
  }

  /** Milliseconds as seconds with one decimal in the reader's notation: "1.8 s", "1,8 s". */
  private String elapsed(String value) {
    try {
      return String.format(locale, "%.1f s", Long.parseLong(value) / 1000.0);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** Minutes as "5 min", "2 h", "3 days" (German: "2 Std.", "3 Tagen", after "vor"). */
  private String ago(String value) {
    long minutes;
    try {
      minutes = Math.max(1, Long.parseLong(value));
    } catch (NumberFormatException e) {
      return value;
    }
    if (minutes < 60) {
      return minutes + " min";
    }
    String unit = minutes < 48 * 60 ? "unit.hours" : "unit.days";
    long n = minutes < 48 * 60 ? minutes / 60 : minutes / (24 * 60);
    return word(unit, "{n}").replace("{n}", String.valueOf(n));
  }

  private String dateTime(String value, boolean clockOnlyToday) {
    ZonedDateTime at;
    try {
      at = Instant.ofEpochMilli(Long.parseLong(value)).atZone(clock.getZone());
    } catch (NumberFormatException e) {
      return value;
    }
    boolean today = at.toLocalDate().equals(ZonedDateTime.now(clock).toLocalDate());
    String pattern =
        clockOnlyToday && today
            ? "HH:mm"
            : word(clockOnlyToday ? "format.day-clock" : "format.time", "EEE d MMM HH:mm");
    return DateTimeFormatter.ofPattern(pattern, locale).format(at);
  }

  private String ordinal(String value) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return value;
    }
    if (locale.equals(Locale.GERMAN)) {
      return n + ".";
    }
    int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
      return n + "th";
    }
    return n + (n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th");
  }

  private static boolean isGerman(Locale locale) {
    return locale != null && locale.getLanguage().equals("de");
  }
}
