package dev.vorzimmer.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which callers are challenged, and how rejected calls are turned away. */
class ChallengeRulesTest {
  private final ScreeningFixture world = new ScreeningFixture();

  private Screener screener(String... conditions) {
    ChallengeConfig c = ChallengeConfig.defaults();
    return world.screener(
        ScreeningConfig.defaults().toBuilder()
            .challenge(
                new ChallengeConfig(
                    Set.of(conditions),
                    c.digits(),
                    c.failVerdict(),
                    c.remember(),
                    c.digitWait(),
                    c.repeats()))
            .build());
  }

  @Test
  void anUnknownNumberIsChallengedWhenListedAndTheReasonSaysWhy() {
    Decision d = screener("unknown").decide(Caller.of(ScreeningFixture.UNKNOWN_MOBILE));

    assertThat(d.verdict()).isEqualTo(Verdict.CHALLENGE);
    assertThat(d.mainReason()).isEqualTo(ChallengeReasons.challenged());
    assertThat(d.reasons()).contains(Reason.of("unknown"));
    assertThat(d.rejectStatus()).isZero();
  }

  @Test
  void withoutTheConditionTheCallerGoesToVoicemailAsBefore() {
    assertThat(screener().decide(Caller.of(ScreeningFixture.UNKNOWN_MOBILE)).verdict())
        .isEqualTo(Verdict.VOICEMAIL);
    assertThat(screener("foreign").decide(Caller.of(ScreeningFixture.UNKNOWN_MOBILE)).verdict())
        .isEqualTo(Verdict.VOICEMAIL);
  }

  @Test
  void contactsAllowEntriesAndBlocksAreNeverChallenged() {
    Screener s = screener("unknown", "anonymous", "foreign", "robot_suspect");

    assertThat(s.decide(Caller.of(ScreeningFixture.ERIKA)).verdict()).isEqualTo(Verdict.RING);
    assertThat(s.decide(Caller.of(ScreeningFixture.PLUMBER)).verdict()).isEqualTo(Verdict.RING);
    assertThat(s.decide(Caller.of(ScreeningFixture.CALL_CENTRE)).verdict())
        .isEqualTo(Verdict.REJECT);
  }

  @Test
  void withheldAndForeignCallersAreChallengedInTheirLanguage() {
    Screener s = screener("anonymous", "foreign");

    Decision withheld = s.decide(new Caller("anonymous", "", "id", java.util.Optional.empty()));
    Decision french = s.decide(Caller.of("+33123456789"));

    assertThat(withheld.verdict()).isEqualTo(Verdict.CHALLENGE);
    assertThat(withheld.greeting()).isEqualTo(GreetingChoice.ANONYMOUS);
    assertThat(french.verdict()).isEqualTo(Verdict.CHALLENGE);
    assertThat(french.greeting().language()).contains("fr");
  }

  @Test
  void quietHoursAreNotInterruptedByAChallenge() {
    Screener s =
        world.screener(
            ScreeningConfig.defaults().toBuilder()
                .quietHours("daily 00:00-23:59")
                .challenge(
                    new ChallengeConfig(
                        Set.of("unknown"),
                        "0-9",
                        Verdict.VOICEMAIL,
                        Duration.ofDays(30),
                        Duration.ofSeconds(6),
                        1))
                .build());

    assertThat(s.decide(Caller.of(ScreeningFixture.UNKNOWN_MOBILE)).verdict())
        .isEqualTo(Verdict.VOICEMAIL);
  }

  @Test
  void aNeighbourOfARecentCallerIsARobotSuspect() {
    Screener s = screener("robot_suspect");
    assertThat(s.decide(Caller.of("+4922155599001")).verdict()).isEqualTo(Verdict.VOICEMAIL);
    world.clock.advance(Duration.ofMinutes(1));

    Decision second = s.decide(Caller.of("+4922155599002"));

    assertThat(second.verdict()).isEqualTo(Verdict.CHALLENGE);
    assertThat(second.mainReason())
        .isEqualTo(ChallengeReasons.robotSuspect("+49221555990xx", 1, Duration.ofMinutes(10)));
    assertThat(
            ReasonTexts.of(java.util.Locale.ENGLISH, java.time.Clock.systemUTC())
                .render(second.mainReason()))
        .isEqualTo("robot suspect: other numbers from +49221555990xx called within 10 min (1)");
  }

  @Test
  void rejectWithUnavailableInterceptsBlockedCallersAndRobotRangesByDefault() {
    Screener plain = world.screener();
    Decision blocked = plain.decide(Caller.of(ScreeningFixture.CALL_CENTRE));
    assertThat(blocked.rejectStatus()).isEqualTo(603);
    assertThat(blocked.intercept()).isFalse();

    Screener unavailable =
        world.screener(
            ScreeningConfig.defaults().toBuilder().rejectWith(RejectWith.UNAVAILABLE).build());
    Decision intercepted = unavailable.decide(Caller.of(ScreeningFixture.CALL_CENTRE));
    assertThat(intercepted.rejectStatus()).isEqualTo(404);
    assertThat(intercepted.intercept()).isTrue();

    plain.decide(Caller.of("+4922155599001"));
    plain.decide(Caller.of("+4922155599002"));
    Decision robot = plain.decide(Caller.of("+4922155599003"));
    assertThat(robot.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(robot.intercept()).as("robot_reject_with defaults to unavailable").isTrue();
    assertThat(robot.rejectStatus())
        .as("robot ranges end the announcement with 410 Gone, ordinary rejections with 404")
        .isEqualTo(410);
  }

  @Test
  void badValuesAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> RejectWith.parse("410"))
        .hasMessageContaining("\"603\", \"486\", \"404\", \"unavailable\"");
    assertThatThrownBy(() -> ChallengeConfig.digitSet("a-z"))
        .hasMessageContaining("challenge_digits");
    assertThat(ChallengeConfig.digitSet("1-3,5,3")).isEqualTo("1235");
    assertThatThrownBy(
            () ->
                new ChallengeConfig(
                    Set.of("robots"),
                    "0-9",
                    Verdict.VOICEMAIL,
                    Duration.ZERO,
                    Duration.ofSeconds(6),
                    1))
        .hasMessageContaining("robot_suspect");
  }
}
