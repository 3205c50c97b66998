package dev.vorzimmer.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScreeningConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    ScreeningConfig c = ScreeningConfig.defaults();
    assertThat(c.region()).isEqualTo("DE");
    assertThat(c.languages()).containsExactlyInAnyOrder("de", "en");
    assertThat(c.unknownVerdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(c.anonymousVerdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(c.repeatWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.robotMinCallers()).isEqualTo(3);
    assertThat(c.robotPrefixDropDigits()).isEqualTo(2);
    assertThat(c.robotWindow()).isEqualTo(Duration.ofMinutes(10));
    assertThat(c.robotQuarantine()).isEqualTo(Duration.ofHours(24));
    assertThat(c.quietHours()).isEmpty();
    assertThat(c.rejectWith()).isEqualTo(RejectWith.DECLINE);
    assertThat(c.lookup().enabled()).isFalse();
    assertThat(c.lookup().budget()).isEqualTo(Duration.ofMillis(300));
    assertThat(c.lookup().cacheTtl()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void builderNormalisesCase() {
    ScreeningConfig c =
        ScreeningConfig.defaults().toBuilder().region("at").languages(Set.of("DE", "Fr")).build();
    assertThat(c.region()).isEqualTo("AT");
    assertThat(c.languages()).containsExactlyInAnyOrder("de", "fr");
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        bad("unknown", b -> b.unknown(Verdict.REJECT)),
        bad("anonymous", b -> b.anonymous(Verdict.RING)),
        bad("repeat_minutes", b -> b.repeatWindow(Duration.ofMinutes(-1))),
        bad("robot_min_callers", b -> b.robotMinCallers(1)),
        bad("robot_prefix_drop_digits", b -> b.robotPrefixDropDigits(0)),
        bad("robot_window_minutes", b -> b.robotWindow(Duration.ZERO)),
        bad("robot_quarantine_hours", b -> b.robotQuarantine(Duration.ofHours(-1))),
        bad("quiet_hours", b -> b.quietHours("weekdays 22:00-07:00")),
        bad("lookup.action", b -> b.lookup(LookupConfig.defaults().withThreshold(4, Verdict.RING))),
        bad(
            "lookup.threshold",
            b -> b.lookup(LookupConfig.defaults().withThreshold(0, Verdict.REJECT))),
        bad("lookup.budget_ms", b -> b.lookup(LookupConfig.defaults().withBudget(Duration.ZERO))));
  }

  private static Arguments bad(String key, UnaryOperator<ScreeningConfig.Builder> change) {
    return Arguments.of(key, change);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("badSettings")
  void badSettingsNameTheirKey(String key, UnaryOperator<ScreeningConfig.Builder> change) {
    assertThatThrownBy(() -> change.apply(ScreeningConfig.defaults().toBuilder()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(key);
  }

  @Test
  void anUnknownRegionIsRejectedWhenTheScreenerIsBuilt() {
    ScreeningConfig config = ScreeningConfig.defaults().toBuilder().region("XY").build();
    assertThatThrownBy(
            () ->
                new Screener(
                    config,
                    n -> Optional.empty(),
                    (n, k, t) -> Optional.empty(),
                    CallerLookup.NONE,
                    java.time.Clock.systemUTC()))
        .hasMessageContaining("unknown region 'XY'");
  }

  @Test
  void decisionsAndGreetingsGuardTheirInvariants() {
    CallerInfo info = CallerInfo.withoutNumber("", Presentation.UNAVAILABLE);
    assertThatThrownBy(
            () ->
                new Decision(Verdict.REJECT, java.util.List.of(), info, GreetingChoice.DEFAULT, 0))
        .hasMessageContaining("rejectStatus");
    assertThatThrownBy(() -> new GreetingChoice(GreetingChoice.Kind.LANGUAGE, Optional.empty()))
        .hasMessageContaining("language");
  }
}
