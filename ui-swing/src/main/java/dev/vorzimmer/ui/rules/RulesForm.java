package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.LookupConfig;
import dev.vorzimmer.screening.QuietHours;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.ui.common.FormException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Rules tab's settings as plain sentences (Swing-free), and their mapping to {@link
 * ScreeningConfig} and the {@code [screening]} / {@code [screening.lookup]} keys of {@code
 * config.toml}. The form edits one quiet-hours span; further spans from the file are kept as they
 * are (unless quiet hours are switched off).
 *
 * @param unknownRings {@code unknown = "ring"} (else voicemail)
 * @param languages the languages text as typed, e.g. {@code "de, en"}
 * @param repeatMinutes {@code repeat_minutes}; 0 = off
 * @param robotsOn range-robot detection on ({@code robot_min_callers} 0 when off)
 * @param robotMinCallers distinct callers of one range that trigger a quarantine (2 or more)
 * @param robotWindowMinutes {@code robot_window_minutes}
 * @param quietOn quiet hours on
 * @param quiet the edited (first) quiet-hours span
 * @param otherQuietSpans further {@code quiet_hours} entries from the file, kept unchanged
 * @param lookupOn {@code [screening.lookup] enabled}
 * @param lookupToken {@code [screening.lookup] token}
 */
record RulesForm(
    boolean unknownRings,
    String languages,
    int repeatMinutes,
    boolean robotsOn,
    int robotMinCallers,
    int robotWindowMinutes,
    boolean quietOn,
    QuietSpan quiet,
    List<String> otherQuietSpans,
    boolean lookupOn,
    String lookupToken) {
  static final int DEFAULT_ROBOT_CALLERS = 3;
  private static final QuietSpan DEFAULT_QUIET =
      new QuietSpan(EnumSet.allOf(DayOfWeek.class), "22:00", "07:00");

  RulesForm {
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(quiet, "quiet");
    otherQuietSpans = List.copyOf(otherQuietSpans);
    Objects.requireNonNull(lookupToken, "lookupToken");
  }

  /** The form showing {@code c}. */
  static RulesForm of(ScreeningConfig c) {
    List<QuietHours> spans = c.quietHours();
    QuietSpan first = spans.isEmpty() ? DEFAULT_QUIET : QuietSpan.of(spans.get(0));
    List<String> others = spans.stream().skip(1).map(QuietHours::text).toList();
    boolean robots = c.robotMinCallers() > 0;
    return new RulesForm(
        c.unknownVerdict() == Verdict.RING,
        String.join(", ", c.languages().stream().sorted().toList()),
        (int) c.repeatWindow().toMinutes(),
        robots,
        robots ? c.robotMinCallers() : DEFAULT_ROBOT_CALLERS,
        (int) c.robotWindow().toMinutes(),
        !spans.isEmpty(),
        first,
        others,
        c.lookup().enabled(),
        c.lookup().token());
  }

  /**
   * The settings this form asks for, on top of {@code base} (for everything the form does not
   * show).
   *
   * @throws FormException when a field cannot be used (nothing is saved then)
   */
  ScreeningConfig toConfig(ScreeningConfig base) throws FormException {
    if (lookupOn && lookupToken.isBlank()) {
      throw new FormException("rules.error.token");
    }
    LookupConfig l = base.lookup();
    LookupConfig lookup =
        new LookupConfig(
            lookupOn,
            lookupToken.strip(),
            l.url(),
            l.budget(),
            l.threshold(),
            l.action(),
            l.cacheTtl(),
            l.cacheSize());
    List<String> spans = quietSpans();
    List<QuietHours> parsed = spans.stream().map(QuietHours::parse).toList();
    if (sameSpans(parsed, base.quietHours())) {
      spans =
          base.quietHours().stream()
              .map(QuietHours::text)
              .toList(); // the user's own spelling stays
    }
    try {
      return base.toBuilder()
          .unknown(unknownRings ? Verdict.RING : Verdict.VOICEMAIL)
          .languages(new LinkedHashSet<>(languageList()))
          .repeatWindow(Duration.ofMinutes(repeatMinutes))
          .robotMinCallers(robotsOn ? robotMinCallers : 0)
          .robotWindow(Duration.ofMinutes(robotWindowMinutes))
          .quietHours(spans.toArray(String[]::new))
          .lookup(lookup)
          .build();
    } catch (IllegalArgumentException e) {
      throw new FormException("rules.error.other", e.getMessage());
    }
  }

  /** The {@code [screening]} keys whose value differs from {@code before}, in TOML-ready values. */
  Map<String, Object> screeningChanges(ScreeningConfig before) throws FormException {
    ScreeningConfig after = toConfig(before);
    Map<String, Object> keys = new LinkedHashMap<>();
    if (after.unknownVerdict() != before.unknownVerdict()) {
      keys.put("unknown", after.unknownVerdict().name().toLowerCase(Locale.ROOT));
    }
    if (!after.languages().equals(before.languages())) {
      keys.put("languages", languageList());
    }
    if (!after.repeatWindow().equals(before.repeatWindow())) {
      keys.put("repeat_minutes", (long) repeatMinutes);
    }
    if (after.robotMinCallers() != before.robotMinCallers()) {
      keys.put("robot_min_callers", (long) after.robotMinCallers());
    }
    if (!after.robotWindow().equals(before.robotWindow())) {
      keys.put("robot_window_minutes", (long) robotWindowMinutes);
    }
    if (!sameSpans(after.quietHours(), before.quietHours())) {
      keys.put("quiet_hours", quietSpans());
    }
    return keys;
  }

  /** The {@code [screening.lookup]} keys whose value differs from {@code before}. */
  Map<String, Object> lookupChanges(ScreeningConfig before) throws FormException {
    LookupConfig after = toConfig(before).lookup();
    Map<String, Object> keys = new LinkedHashMap<>();
    if (after.enabled() != before.lookup().enabled()) {
      keys.put("enabled", after.enabled());
    }
    if (!after.token().equals(before.lookup().token())) {
      keys.put("token", after.token());
    }
    return keys;
  }

  /** The language codes typed, lower case, in order, without repeats. */
  List<String> languageList() throws FormException {
    Set<String> out = new LinkedHashSet<>();
    for (String part : languages.split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!part.matches("[A-Za-z]{2,3}")) {
        throw new FormException("rules.error.language", part);
      }
      out.add(part.toLowerCase(Locale.ROOT));
    }
    return new ArrayList<>(out);
  }

  private List<String> quietSpans() throws FormException {
    if (!quietOn) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(quiet.toQuietHours().text());
    out.addAll(otherQuietSpans);
    return out;
  }

  /** Same days and times in the same order (the text may be spelled differently). */
  private static boolean sameSpans(List<QuietHours> a, List<QuietHours> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      QuietHours x = a.get(i);
      QuietHours y = b.get(i);
      if (!x.days().equals(y.days()) || !x.start().equals(y.start()) || !x.end().equals(y.end())) {
        return false;
      }
    }
    return true;
  }
}
