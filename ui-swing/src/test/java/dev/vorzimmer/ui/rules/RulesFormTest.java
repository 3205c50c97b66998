package dev.vorzimmer.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.LookupConfig;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.ui.common.FormException;
import dev.vorzimmer.ui.common.Texts;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Rules tab's sentences ↔ screening settings ↔ {@code [screening]} keys, without Swing. */
class RulesFormTest {
  private static final Texts EN = new Texts(Locale.ENGLISH);
  private final ScreeningConfig defaults = ScreeningConfig.defaults();

  private static RulesForm with(RulesForm f, boolean unknownRings, String languages, int repeat) {
    return new RulesForm(
        unknownRings,
        languages,
        repeat,
        f.robotsOn(),
        f.robotMinCallers(),
        f.robotWindowMinutes(),
        f.quietOn(),
        f.quiet(),
        f.otherQuietSpans(),
        f.lookupOn(),
        f.lookupToken());
  }

  private static RulesForm quiet(RulesForm f, boolean on, QuietSpan span) {
    return new RulesForm(
        f.unknownRings(),
        f.languages(),
        f.repeatMinutes(),
        f.robotsOn(),
        f.robotMinCallers(),
        f.robotWindowMinutes(),
        on,
        span,
        f.otherQuietSpans(),
        f.lookupOn(),
        f.lookupToken());
  }

  @Test
  void theDefaultsReadAsTheUsersCases() {
    RulesForm f = RulesForm.of(defaults);
    assertThat(f.unknownRings()).isFalse();
    assertThat(f.languages()).isEqualTo("de, en");
    assertThat(f.repeatMinutes()).isEqualTo(5);
    assertThat(f.robotsOn()).isTrue();
    assertThat(f.robotMinCallers()).isEqualTo(3);
    assertThat(f.quietOn()).isFalse();
    assertThat(f.lookupOn()).isFalse();
  }

  @Test
  void anUntouchedFormChangesNoKey() throws Exception {
    ScreeningConfig c =
        defaults.toBuilder()
            .quietHours("mon-fri 22:00-07:00", "Sat,Sun 00:00-09:00")
            .robotMinCallers(0)
            .build();
    RulesForm f = RulesForm.of(c);
    assertThat(f.screeningChanges(c)).isEmpty();
    assertThat(f.lookupChanges(c)).isEmpty();
    assertThat(f.toConfig(c)).isEqualTo(c);
  }

  @Test
  void unknownNumbersRingingIsOneKey() throws Exception {
    RulesForm f = with(RulesForm.of(defaults), true, "de, en", 5);
    assertThat(f.screeningChanges(defaults)).containsExactly(Map.entry("unknown", "ring"));
    assertThat(f.toConfig(defaults).unknownVerdict()).isEqualTo(Verdict.RING);
  }

  @Test
  void languagesAreReadAsTypedAndWrittenAsAList() throws Exception {
    RulesForm f = with(RulesForm.of(defaults), false, "de,EN  fr; de", 10);
    assertThat(f.screeningChanges(defaults))
        .containsExactly(
            Map.entry("languages", List.of("de", "en", "fr")), Map.entry("repeat_minutes", 10L));
    assertThat(f.toConfig(defaults).languages()).containsExactlyInAnyOrder("de", "en", "fr");
  }

  @Test
  void aBadLanguageIsNamed() {
    RulesForm f = with(RulesForm.of(defaults), false, "de, english", 5);
    assertThatThrownBy(() -> f.screeningChanges(defaults))
        .isInstanceOfSatisfying(
            FormException.class,
            e ->
                assertThat(e.text(EN))
                    .isEqualTo(
                        "\"english\" is not a language code: write codes such as de, en, fr"));
  }

  @Test
  void robotDetectionOffWritesZeroAndOnKeepsTheThreshold() throws Exception {
    RulesForm f = RulesForm.of(defaults);
    RulesForm off =
        new RulesForm(
            false, f.languages(), 5, false, 4, 10, false, f.quiet(), List.of(), false, "");
    assertThat(off.screeningChanges(defaults)).containsExactly(Map.entry("robot_min_callers", 0L));
    ScreeningConfig noRobots = off.toConfig(defaults);
    RulesForm again = RulesForm.of(noRobots);
    assertThat(again.robotsOn()).isFalse();
    assertThat(again.robotMinCallers()).isEqualTo(RulesForm.DEFAULT_ROBOT_CALLERS);
    RulesForm on =
        new RulesForm(false, f.languages(), 5, true, 5, 15, false, f.quiet(), List.of(), false, "");
    assertThat(on.screeningChanges(noRobots))
        .containsExactly(
            Map.entry("robot_min_callers", 5L), Map.entry("robot_window_minutes", 15L));
  }

  @Test
  void quietHoursOnWriteOneSpanAndKeepFurtherSpansFromTheFile() throws Exception {
    RulesForm f =
        quiet(
            RulesForm.of(defaults),
            true,
            new QuietSpan(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "22:00", "7:00"));
    assertThat(f.screeningChanges(defaults))
        .containsExactly(Map.entry("quiet_hours", List.of("Mon-Fri 22:00-07:00")));
    ScreeningConfig two =
        defaults.toBuilder().quietHours("Mon-Fri 22:00-07:00", "Sat,Sun 00:00-09:00").build();
    RulesForm edited =
        quiet(
            RulesForm.of(two),
            true,
            new QuietSpan(EnumSet.allOf(DayOfWeek.class), "23:00", "06:30"));
    assertThat(edited.screeningChanges(two))
        .containsExactly(
            Map.entry("quiet_hours", List.of("daily 23:00-06:30", "Sat,Sun 00:00-09:00")));
    RulesForm off = quiet(RulesForm.of(two), false, RulesForm.of(two).quiet());
    assertThat(off.screeningChanges(two)).containsExactly(Map.entry("quiet_hours", List.of()));
  }

  @Test
  void quietHoursNeedTimesAndADay() {
    RulesForm base = RulesForm.of(defaults);
    assertThatThrownBy(
            () ->
                quiet(base, true, new QuietSpan(Set.of(DayOfWeek.MONDAY), "25:00", "07:00"))
                    .toConfig(defaults))
        .isInstanceOfSatisfying(
            FormException.class,
            e ->
                assertThat(e.text(EN))
                    .isEqualTo("\"25:00\" is not a time: write HH:MM, e.g. 22:00"));
    assertThatThrownBy(
            () -> quiet(base, true, new QuietSpan(Set.of(), "22:00", "07:00")).toConfig(defaults))
        .isInstanceOfSatisfying(
            FormException.class, e -> assertThat(e.key()).isEqualTo("rules.error.noDays"));
    assertThatThrownBy(
            () ->
                quiet(base, true, new QuietSpan(Set.of(DayOfWeek.MONDAY), "07:00", "07:00"))
                    .toConfig(defaults))
        .isInstanceOfSatisfying(
            FormException.class, e -> assertThat(e.key()).isEqualTo("rules.error.sameTime"));
    assertThat(quiet(base, false, new QuietSpan(Set.of(), "x", "y")))
        .satisfies(f -> assertThat(f.toConfig(defaults).quietHours()).isEmpty());
  }

  @Test
  void daysAreWrittenCompactly() {
    assertThat(
            new QuietSpan(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "0:00", "9:00")
                .daysText())
        .isEqualTo("Sat,Sun");
    assertThat(
            new QuietSpan(
                    EnumSet.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    "0:00",
                    "9:00")
                .daysText())
        .isEqualTo("Mon-Wed,Fri");
    assertThat(QuietSpan.of(dev.vorzimmer.screening.QuietHours.parse("Fri-Mon 20:00-24:00")))
        .isEqualTo(
            new QuietSpan(
                EnumSet.of(
                    DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                "20:00",
                "24:00"));
  }

  @Test
  void theOnlineLookupNeedsATokenAndWritesItsOwnSection() throws Exception {
    RulesForm f = RulesForm.of(defaults);
    RulesForm noToken =
        new RulesForm(false, f.languages(), 5, true, 3, 10, false, f.quiet(), List.of(), true, " ");
    assertThatThrownBy(() -> noToken.lookupChanges(defaults))
        .isInstanceOfSatisfying(
            FormException.class, e -> assertThat(e.key()).isEqualTo("rules.error.token"));
    RulesForm on =
        new RulesForm(
            false, f.languages(), 5, true, 3, 10, false, f.quiet(), List.of(), true, "abc123");
    assertThat(on.lookupChanges(defaults))
        .containsExactly(Map.entry("enabled", true), Map.entry("token", "abc123"));
    assertThat(on.screeningChanges(defaults)).isEmpty();
    LookupConfig l = on.toConfig(defaults).lookup();
    assertThat(l.enabled()).isTrue();
    assertThat(l.budget()).isEqualTo(Duration.ofMillis(300));
  }
}
