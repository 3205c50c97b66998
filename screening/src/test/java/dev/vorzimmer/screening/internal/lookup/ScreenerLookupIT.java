package dev.vorzimmer.screening.internal.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.LookupConfig;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.screening.Words;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The screener with PhoneBlock (against a local server) in its chain. */
class ScreenerLookupIT {
  private static final String ERIKA = "+4930123456";
  private FakePhoneBlock server;
  private CachingLookup lookup;

  @BeforeEach
  void start() throws Exception {
    server = new FakePhoneBlock();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    lookup =
        new CachingLookup(
            new PhoneBlockLookup(http, server.baseUrl(), FakePhoneBlock.TOKEN),
            Duration.ofHours(24),
            1000,
            Ticker.systemTicker());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Screener screener(LookupConfig lookupConfig) {
    ScreeningConfig config = ScreeningConfig.defaults().toBuilder().lookup(lookupConfig).build();
    Contact erika = new Contact(1, "Erika Mustermann", List.of(ERIKA), Optional.empty(), false);
    return new Screener(
        config,
        n -> n.equals(ERIKA) ? Optional.of(erika) : Optional.empty(),
        (n, kind, now) -> Optional.<ListEntry>empty(),
        lookup,
        Clock.systemUTC());
  }

  /** Enabled with a generous budget so a loaded machine does not make the test flaky. */
  private LookupConfig enabled() {
    return LookupConfig.defaults()
        .enabledWith(FakePhoneBlock.TOKEN, server.baseUrl())
        .withBudget(Duration.ofSeconds(3));
  }

  @Test
  void spamVotesOverTheThresholdReject() {
    Decision d = screener(enabled()).decide(Caller.of("0176 50642602"));
    assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(Words.en(d.mainReason())).isEqualTo("PhoneBlock: 12 spam votes (rating G_FRAUD)");
    assertThat(d.callerInfo().spamScore()).hasValue(12);
    assertThat(d.callerInfo().rating()).contains("G_FRAUD");
    assertThat(d.callerInfo().regionName()).contains("Mobilfunk");
  }

  @Test
  void theActionCanBeVoicemail() {
    Decision d =
        screener(enabled().withThreshold(10, Verdict.VOICEMAIL))
            .decide(Caller.of(FakePhoneBlock.FRAUD));
    assertThat(d.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(d.mainReason())).isEqualTo("PhoneBlock: 12 spam votes (rating G_FRAUD)");
  }

  @Test
  void votesBelowTheThresholdOnlyInform() {
    Decision d = screener(enabled()).decide(Caller.of(FakePhoneBlock.FEW_VOTES));
    assertThat(d.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(d.reasons()))
        .containsExactly(
            "landline number, Germany",
            "PhoneBlock: 2 spam votes (rating B_MISSED), below threshold 4",
            "unknown number");
  }

  @Test
  void aSlowAnswerIsSkippedAndUsedOnceItArrives() throws Exception {
    Screener screener = screener(enabled().withBudget(Duration.ofMillis(300)));
    Decision first = screener.decide(Caller.of(FakePhoneBlock.SLOW));
    assertThat(first.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(first.reasons()))
        .contains("lookup skipped: PhoneBlock did not answer within 300 ms");
    server.releaseSlow();
    assertThat(lookup.lookup(FakePhoneBlock.SLOW).get(5, TimeUnit.SECONDS).votes()).isEqualTo(50);
    Decision second = screener.decide(Caller.of(FakePhoneBlock.SLOW));
    assertThat(second.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(server.hits(FakePhoneBlock.SLOW)).isEqualTo(1);
  }

  @Test
  void answersAreCachedSoRepeatedCallsDoNotAskAgain() {
    Screener screener = screener(enabled());
    screener.decide(Caller.of(FakePhoneBlock.NOT_FOUND));
    screener.dryRun(Caller.of(FakePhoneBlock.NOT_FOUND));
    screener.decide(Caller.of(FakePhoneBlock.FRAUD));
    screener.decide(Caller.of(FakePhoneBlock.FRAUD));
    assertThat(server.hits(FakePhoneBlock.NOT_FOUND)).isEqualTo(1);
    assertThat(server.hits(FakePhoneBlock.FRAUD)).isEqualTo(1);
  }

  @Test
  void errorsAreReasonsNotFailures() {
    Decision d = screener(enabled()).decide(Caller.of(FakePhoneBlock.MALFORMED));
    assertThat(d.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(d.reasons())).contains("lookup skipped: PhoneBlock sent malformed JSON");
  }

  @Test
  void disabledByDefaultNothingLeavesTheMachine() {
    Screener screener = screener(LookupConfig.defaults());
    assertThat(screener.decide(Caller.of(FakePhoneBlock.FRAUD)).verdict())
        .isEqualTo(Verdict.VOICEMAIL);
    assertThat(server.hits(FakePhoneBlock.FRAUD)).isZero();
  }

  @Test
  void contactsAndAnonymousCallersAreNeverSentToTheService() {
    Screener screener = screener(enabled());
    assertThat(screener.decide(Caller.of(ERIKA)).verdict()).isEqualTo(Verdict.RING);
    screener.decide(Caller.of("anonymous"));
    assertThat(server.hits(ERIKA)).isZero();
    assertThat(server.hits("anonymous")).isZero();
  }

  @Test
  void theNoneLookupIsIgnoredEvenWhenEnabled() {
    ScreeningConfig config = ScreeningConfig.defaults().toBuilder().lookup(enabled()).build();
    Screener screener =
        new Screener(
            config,
            n -> Optional.empty(),
            (n, k, t) -> Optional.empty(),
            CallerLookup.NONE,
            Clock.systemUTC());
    assertThat(Words.en(screener.decide(Caller.of(FakePhoneBlock.FRAUD)).reasons()))
        .containsExactly("mobile number, Germany", "unknown number");
  }
}
