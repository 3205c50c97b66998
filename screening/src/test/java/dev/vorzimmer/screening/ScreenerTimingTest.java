package dev.vorzimmer.screening;

import static dev.vorzimmer.screening.ScreeningFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules that depend on time: quiet hours and repeat callers. */
class ScreenerTimingTest {
  private final ScreeningFixture world = new ScreeningFixture();

  static Stream<Arguments> duringQuietHours() {
    return Stream.of(
        arguments("favourite still rings", MAMA, Verdict.RING, "favourite contact Mama"),
        arguments(
            "contact goes to voicemail",
            ERIKA,
            Verdict.VOICEMAIL,
            "quiet hours (Mon-Fri 22:00-07:00), only favourites ring"),
        arguments(
            "allow-listed goes to voicemail",
            ALLOWED_IN_BLOCKED_RANGE,
            Verdict.VOICEMAIL,
            "quiet hours (Mon-Fri 22:00-07:00), only favourites ring"),
        arguments(
            "blocked is still rejected",
            CALL_CENTRE,
            Verdict.REJECT,
            "on blocklist: imported from callcentres.txt"),
        arguments(
            "blocked range is still rejected",
            "+4921155599001",
            Verdict.REJECT,
            "on blocklist (range +49211555*): imported from callcentres.txt"),
        arguments(
            "unknown goes to voicemail",
            UNKNOWN_MOBILE,
            Verdict.VOICEMAIL,
            "quiet hours (Mon-Fri 22:00-07:00)"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("duringQuietHours")
  void duringQuietHoursOnlyFavouritesRing(
      String what, String e164, Verdict verdict, String reason) {
    world.clock.set(ZonedDateTime.of(2026, 11, 25, 23, 15, 0, 0, ZoneId.of("Europe/Berlin")));
    Screener screener =
        world.screener(
            ScreeningConfig.defaults().toBuilder()
                .unknown(Verdict.RING)
                .quietHours("Mon-Fri 22:00-07:00")
                .build());
    Decision d = screener.decide(Caller.of(e164));
    assertThat(d.verdict()).as(what).isEqualTo(verdict);
    assertThat(Words.en(d.mainReason())).isEqualTo(reason);
  }

  @Test
  void outsideQuietHoursContactsRingAgain() {
    world.clock.set(ZonedDateTime.of(2026, 11, 26, 7, 0, 0, 0, ZoneId.of("Europe/Berlin")));
    Screener screener =
        world.screener(
            ScreeningConfig.defaults().toBuilder().quietHours("Mon-Fri 22:00-07:00").build());
    assertThat(screener.decide(Caller.of(ERIKA)).verdict()).isEqualTo(Verdict.RING);
  }

  @Test
  void anUnknownNumberCallingAgainWithinFiveMinutesRings() {
    Screener screener = world.screener();
    assertThat(screener.decide(Caller.of(UNKNOWN_MOBILE)).verdict()).isEqualTo(Verdict.VOICEMAIL);
    world.clock.advance(Duration.ofMinutes(3));
    Decision again = screener.decide(Caller.of("0176 99887766"));
    assertThat(again.verdict()).isEqualTo(Verdict.RING);
    assertThat(Words.en(again.mainReason()))
        .isEqualTo("called again after 3 min — repeat caller let through");
  }

  @Test
  void callingAgainAfterTheWindowIsJustAnotherUnknownCall() {
    Screener screener = world.screener();
    screener.decide(Caller.of(UNKNOWN_MOBILE));
    world.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(screener.decide(Caller.of(UNKNOWN_MOBILE)).verdict()).isEqualTo(Verdict.VOICEMAIL);
  }

  @Test
  void aBlockedNumberNeverBreaksThroughByCallingAgain() {
    Screener screener = world.screener();
    screener.decide(Caller.of(CALL_CENTRE));
    world.clock.advance(Duration.ofMinutes(1));
    assertThat(screener.decide(Caller.of(CALL_CENTRE)).verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void aFailedVerificationNeverBreaksThroughAsRepeatCaller() {
    Screener screener = world.screener();
    Caller spoofed = Caller.of(UNKNOWN_MOBILE).withVerstat(Caller.VERSTAT_FAILED);
    screener.decide(spoofed);
    world.clock.advance(Duration.ofMinutes(1));
    Decision again = screener.decide(spoofed);
    assertThat(again.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(again.reasons()))
        .contains(
            "called again, but not let through as a repeat caller: caller ID verification failed");
  }

  @Test
  void aForeignCallerInAnUnspokenLanguageStaysOnTheAnsweringMachine() {
    Screener screener = world.screener();
    screener.decide(Caller.of("+33 1 42 68 53 00"));
    world.clock.advance(Duration.ofMinutes(1));
    assertThat(screener.decide(Caller.of("+33142685300")).verdict()).isEqualTo(Verdict.VOICEMAIL);
  }

  @Test
  void aForeignCallerInASpokenLanguageMayRepeat() {
    Screener screener = world.screener();
    screener.decide(Caller.of("+43 1 53422"));
    world.clock.advance(Duration.ofMinutes(1));
    assertThat(screener.decide(Caller.of("+43153422")).verdict()).isEqualTo(Verdict.RING);
  }

  @Test
  void dryRunRecordsNothing() {
    Screener screener = world.screener();
    screener.dryRun(Caller.of(UNKNOWN_MOBILE));
    screener.dryRun(Caller.of(UNKNOWN_MOBILE));
    assertThat(screener.decide(Caller.of(UNKNOWN_MOBILE)).verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(screener.dryRun(Caller.of(UNKNOWN_MOBILE)).verdict())
        .as("sees the recorded call")
        .isEqualTo(Verdict.RING);
  }

  @Test
  void repeatRuleCanBeSwitchedOff() {
    Screener screener =
        world.screener(ScreeningConfig.defaults().toBuilder().repeatWindow(Duration.ZERO).build());
    screener.decide(Caller.of(UNKNOWN_MOBILE));
    assertThat(screener.decide(Caller.of(UNKNOWN_MOBILE)).verdict()).isEqualTo(Verdict.VOICEMAIL);
  }
}
