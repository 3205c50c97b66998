package dev.vorzimmer.screening;

import static dev.vorzimmer.screening.ScreeningFixture.UNKNOWN_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** New settings apply to the next call of a running screener, without losing what it has learnt. */
class ScreenerReconfigureTest {
  private static final String FRANCE = "+33 1 42 68 53 00";
  private final ScreeningFixture world = new ScreeningFixture();
  private final Screener screener = world.screener();
  private final ScreeningConfig ringUnknown =
      ScreeningConfig.defaults().toBuilder().unknown(Verdict.RING).build();

  @Test
  void unknownNumbersRingFromTheNextCallOn() {
    assertThat(screener.dryRun(Caller.of(UNKNOWN_MOBILE)).verdict()).isEqualTo(Verdict.VOICEMAIL);
    screener.reconfigure(ringUnknown);
    assertThat(screener.dryRun(Caller.of(UNKNOWN_MOBILE)).verdict()).isEqualTo(Verdict.RING);
    assertThat(screener.decide(Caller.of("0176 11122233")).verdict()).isEqualTo(Verdict.RING);
    assertThat(screener.config().unknownVerdict()).isEqualTo(Verdict.RING);
  }

  @Test
  void aNewlySpokenLanguageGetsTheNormalGreeting() {
    assertThat(screener.dryRun(Caller.of(FRANCE)).greeting())
        .isEqualTo(GreetingChoice.inLanguage("fr"));
    screener.reconfigure(
        ScreeningConfig.defaults().toBuilder().languages(Set.of("de", "en", "fr")).build());
    Decision d = screener.dryRun(Caller.of(FRANCE));
    assertThat(d.greeting()).isEqualTo(GreetingChoice.DEFAULT);
    assertThat(Words.en(d.mainReason())).isEqualTo("foreign: France");
  }

  @Test
  void quietHoursSwitchedOnApplyAtOnce() {
    screener.reconfigure(
        ScreeningConfig.defaults().toBuilder()
            .unknown(Verdict.RING)
            .quietHours("Wed 14:00-15:00")
            .build());
    Decision d = screener.dryRun(Caller.of(UNKNOWN_MOBILE));
    assertThat(d.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(d.mainReason())).isEqualTo("quiet hours (Wed 14:00-15:00)");
  }

  @Test
  void theRobotHistoryIsKeptWhenItsSettingsStayTheSame() {
    screener.decide(Caller.of("+4922155599001"));
    screener.decide(Caller.of("+4922155599002"));
    screener.reconfigure(ringUnknown);
    Decision third = screener.decide(Caller.of("+4922155599003"));
    assertThat(third.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(Words.en(third.mainReason())).startsWith("3rd distinct caller from +49221555990xx");
    screener.reconfigure(ScreeningConfig.defaults());
    assertThat(screener.quarantinedRanges())
        .singleElement()
        .satisfies(q -> assertThat(q.pattern()).isEqualTo("+49221555990*"));
  }

  @Test
  void changedRobotSettingsStartTheDetectionAfresh() {
    screener.decide(Caller.of("+4922155599001"));
    screener.decide(Caller.of("+4922155599002"));
    screener.reconfigure(ScreeningConfig.defaults().toBuilder().robotMinCallers(4).build());
    assertThat(screener.decide(Caller.of("+4922155599003")).verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(screener.decide(Caller.of("+4922155599004")).verdict()).isEqualTo(Verdict.VOICEMAIL);
    screener.decide(Caller.of("+4922155599005"));
    assertThat(Words.en(screener.decide(Caller.of("+4922155599006")).mainReason()))
        .startsWith("4th distinct caller");
  }

  @Test
  void robotDetectionSwitchedOffLetsTheRangeThrough() {
    screener.reconfigure(ScreeningConfig.defaults().toBuilder().robotMinCallers(0).build());
    for (int i = 1; i <= 5; i++) {
      assertThat(screener.decide(Caller.of("+492215559900" + i)).verdict())
          .isEqualTo(Verdict.VOICEMAIL);
    }
    assertThat(screener.quarantinedRanges()).isEmpty();
  }

  @Test
  void theRepeatCallerHistorySurvivesAndTheNewWindowApplies() {
    screener.decide(Caller.of(UNKNOWN_MOBILE));
    world.clock.advance(Duration.ofMinutes(8));
    screener.reconfigure(
        ScreeningConfig.defaults().toBuilder().repeatWindow(Duration.ofMinutes(10)).build());
    Decision again = screener.decide(Caller.of(UNKNOWN_MOBILE));
    assertThat(again.verdict()).isEqualTo(Verdict.RING);
    assertThat(Words.en(again.mainReason()))
        .isEqualTo("called again after 8 min — repeat caller let through");
  }

  @Test
  void theLookupCanBeSwitchedOnLive() {
    CallerLookup spamDatabase =
        new CallerLookup() {
          @Override
          public CompletableFuture<LookupResult> lookup(String e164) {
            return CompletableFuture.completedFuture(
                new LookupResult(
                    true, 12, Optional.of("G_FRAUD"), Optional.empty(), Optional.empty()));
          }

          @Override
          public String name() {
            return "TestBlock";
          }
        };
    LookupConfig on = LookupConfig.defaults().enabledWith("token", LookupConfig.PHONEBLOCK_URL);
    screener.reconfigure(ScreeningConfig.defaults().toBuilder().lookup(on).build(), spamDatabase);
    Decision d = screener.dryRun(Caller.of(UNKNOWN_MOBILE));
    assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(Words.en(d.mainReason())).isEqualTo("TestBlock: 12 spam votes (rating G_FRAUD)");
    screener.reconfigure(ScreeningConfig.defaults());
    assertThat(screener.dryRun(Caller.of(UNKNOWN_MOBILE)).verdict()).isEqualTo(Verdict.VOICEMAIL);
  }

  @Test
  void aRegionChangeReadsNationalNumbersAgainstTheNewHome() {
    screener.reconfigure(ScreeningConfig.defaults().toBuilder().region("AT").build());
    assertThat(screener.describe("01 53422").e164()).contains("+43153422");
    assertThat(screener.normaliser().homeRegion()).isEqualTo("AT");
  }

  @Test
  void decisionsRunningWhileSettingsChangeEachSeeOneWholeConfiguration() throws Exception {
    ScreeningConfig strict =
        ScreeningConfig.defaults().toBuilder()
            .anonymous(Verdict.REJECT)
            .rejectWith(RejectWith.status(486))
            .build();
    ScreeningConfig lenient = ScreeningConfig.defaults().toBuilder().unknown(Verdict.RING).build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicBoolean running = new AtomicBoolean(true);
    try {
      List<CompletableFuture<List<Decision>>> deciders = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        deciders.add(
            CompletableFuture.supplyAsync(
                () -> {
                  List<Decision> seen = new ArrayList<>();
                  while (running.get() || seen.size() < 200) {
                    seen.add(
                        screener.dryRun(
                            Caller.of(seen.size() % 2 == 0 ? "anonymous" : UNKNOWN_MOBILE)));
                  }
                  return seen;
                },
                pool));
      }
      for (int i = 0; i < 500; i++) {
        screener.reconfigure(i % 2 == 0 ? strict : lenient);
      }
      running.set(false);
      for (CompletableFuture<List<Decision>> f : deciders) {
        for (Decision d : f.get(20, TimeUnit.SECONDS)) {
          if (d.verdict() == Verdict.REJECT) {
            assertThat(d.rejectStatus()).isEqualTo(486);
          } else {
            assertThat(d.verdict()).isIn(Verdict.VOICEMAIL, Verdict.RING);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    screener.reconfigure(strict);
    assertThat(screener.dryRun(Caller.of("anonymous")).rejectStatus()).isEqualTo(486);
  }
}
