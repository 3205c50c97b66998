package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.IncomingCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call from a foreign or premium-rate number that lasted under 5 s without the user talking is
 * marked "ping call — don't call back" in the call log; the call back then asks first.
 */
class PingCallMarkTest {
  private static final dev.vorzimmer.screening.ReasonTexts EN =
      dev.vorzimmer.screening.ReasonTexts.of(java.util.Locale.ENGLISH);

  private static final String PARIS = "+33142685300";
  @TempDir Path dir;
  private final TestClock clock =
      new TestClock(Instant.parse("2026-12-03T10:00:00Z"), ZoneId.of("Europe/Berlin"));

  private ScreeningModule module(String screening) throws Exception {
    Files.writeString(dir.resolve("config.toml"), "[screening]\n" + screening);
    AppHome home = AppHome.at(dir);
    return ScreeningModule.open(home, new ConfigLoader().load(home.configFile()), clock);
  }

  /** Runs a call from {@code number} that ends as {@code outcome} after {@code lasted}. */
  private CallLogEntry call(
      ScreeningModule m, String id, String number, Duration lasted, CallOutcome outcome)
      throws Exception {
    ScreeningPolicy policy =
        new ScreeningPolicy(m.screener(), m.store().callLog(), Runnable::run, Runnable::run, clock);
    policy.evaluate(incoming(id, number)).toCompletableFuture().get();
    clock.advance(lasted);
    policy.onCall(
        new CallEvent(id, true, CallState.ENDED, number, "", Optional.of(outcome), "test"));
    return m.store().callLog().recentCalls(1).get(0);
  }

  @Test
  void aForeignCallOfTwoSecondsIsMarkedAndItsCallBackNamesTheRisk() throws Exception {
    try (ScreeningModule m = module("")) {
      CallLogEntry e = call(m, "c1", PARIS, Duration.ofSeconds(2), CallOutcome.VOICEMAIL);

      assertThat(e.markReason().map(EN::render))
          .contains("ping call — don't call back: rang 2 s from a foreign number (France)");
      assertThat(CallbackRisk.of(m, "0033 1 42685300")).isEqualTo(e.markReason());
    }
  }

  @Test
  void longerCallsAnsweredCallsAndDomesticCallsAreNotMarked() throws Exception {
    try (ScreeningModule m = module("")) {
      assertThat(call(m, "c1", PARIS, Duration.ofSeconds(6), CallOutcome.MISSED).mark()).isEmpty();
      assertThat(call(m, "c2", PARIS, Duration.ofSeconds(1), CallOutcome.ANSWERED).mark())
          .isEmpty();
      assertThat(call(m, "c3", "+492115550123", Duration.ofSeconds(1), CallOutcome.MISSED).mark())
          .isEmpty();
      assertThat(CallbackRisk.of(m, PARIS)).as("no ping call from it").isEmpty();
      assertThat(CallbackRisk.of(m, "0211 5550123")).isEmpty();
    }
  }

  @Test
  void pingCallsFalseMarksNothingButAPremiumNumberStillAsksBeforeCallingBack() throws Exception {
    try (ScreeningModule m = module("ping_calls = false\n")) {
      assertThat(call(m, "c1", PARIS, Duration.ofSeconds(1), CallOutcome.MISSED).mark()).isEmpty();
      assertThat(CallbackRisk.of(m, "0900 1234567"))
          .hasValueSatisfying(r -> assertThat(EN.render(r)).startsWith("premium-rate number"));
    }
  }

  private static IncomingCall incoming(String callId, String number) {
    return new IncomingCall(
        callId,
        number,
        "From",
        "",
        "",
        Optional.empty(),
        "sip:" + number + "@test",
        "vorzimmer",
        "127.0.0.1:5060");
  }
}
