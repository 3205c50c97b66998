package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Call back opens the door", on a real SQLite store: after the user called a number, its return
 * call rings for {@code callback_allow_hours}, and the reason says when the user called.
 */
class CallbackAllowanceTest {
  private static final String PLUMBER = "+492115550123";
  @TempDir Path dir;
  private final TestClock clock =
      new TestClock(Instant.parse("2026-12-03T10:00:00Z"), ZoneId.of("Europe/Berlin"));

  private ScreeningModule module(String screening) throws Exception {
    Files.writeString(dir.resolve("config.toml"), "[screening]\n" + screening);
    AppHome home = AppHome.at(dir);
    return ScreeningModule.open(home, new ConfigLoader().load(home.configFile()), clock);
  }

  private static CallEvent dialling(String target) {
    return new CallEvent("out-1", false, CallState.CALLING, target, "", Optional.empty(), "");
  }

  private Decision returnCall(ScreeningModule m, String number) {
    return m.screener().decide(new Caller(number, "", "", Optional.empty()));
  }

  private static CallbackAllowance allowance(ScreeningModule m, java.time.Clock clock) {
    return new CallbackAllowance(m.screener(), m.store(), Runnable::run, clock);
  }

  @Test
  void theReturnCallOfANumberYouCalledRingsAndTheReasonSaysWhenYouCalled() throws Exception {
    try (ScreeningModule m = module("")) {
      assertThat(returnCall(m, PLUMBER).verdict()).isEqualTo(Verdict.VOICEMAIL);

      allowance(m, clock).onCall(dialling("0211 5550123"));
      clock.advance(Duration.ofHours(2));
      Decision back = returnCall(m, PLUMBER);

      assertThat(back.verdict()).isEqualTo(Verdict.RING);
      assertThat(
              dev.vorzimmer.screening.ReasonTexts.of(java.util.Locale.ENGLISH)
                  .render(back.mainReason()))
          .isEqualTo("you called this number 2 h ago");
      assertThat(m.store().listStore().entries(ListKind.ALLOW))
          .singleElement()
          .satisfies(e -> assertThat(e.source()).isEqualTo("callback"));

      clock.advance(Duration.ofHours(47));
      assertThat(returnCall(m, PLUMBER).verdict())
          .as("after 48 h it is an unknown number again")
          .isEqualTo(Verdict.VOICEMAIL);
    }
  }

  @Test
  void callingAgainRenewsTheOneEntryAndIncomingCallsOpenNothing() throws Exception {
    try (ScreeningModule m = module("callback_allow_hours = 6\n")) {
      CallbackAllowance allowance = allowance(m, clock);
      allowance.onCall(
          new CallEvent("in-1", true, CallState.RINGING, PLUMBER, "", Optional.empty(), ""));
      assertThat(m.store().listStore().entries(ListKind.ALLOW)).isEmpty();

      allowance.onCall(dialling("sip:+492115550123@example.net;user=phone"));
      clock.advance(Duration.ofHours(5));
      allowance.onCall(dialling(PLUMBER));
      clock.advance(Duration.ofHours(5));

      assertThat(m.store().listStore().entries(ListKind.ALLOW)).hasSize(1);
      Decision back = returnCall(m, PLUMBER);
      assertThat(back.verdict()).isEqualTo(Verdict.RING);
      assertThat(
              dev.vorzimmer.screening.ReasonTexts.of(java.util.Locale.ENGLISH)
                  .render(back.mainReason()))
          .isEqualTo("you called this number 5 h ago");
    }
  }

  @Test
  void zeroHoursSwitchesItOff() throws Exception {
    try (ScreeningModule m = module("callback_allow_hours = 0\n")) {
      allowance(m, clock).onCall(dialling(PLUMBER));
      assertThat(m.store().listStore().entries(ListKind.ALLOW)).isEmpty();
      assertThat(returnCall(m, PLUMBER).verdict()).isEqualTo(Verdict.VOICEMAIL);
    }
  }

  @Test
  void callingABlockedNumberDoesNotUnblockItAndContactsAndAllowedNumbersNeedNoEntry()
      throws Exception {
    try (ScreeningModule m = module("")) {
      m.store().listStore().add(PLUMBER, ListKind.BLOCK, "pest", "cli", Optional.empty());
      m.store()
          .contactBook()
          .add(new Contact(0, "Erika", List.of("+49301234567"), Optional.empty(), false));
      clock.advance(Duration.ofMinutes(1));

      m.store().listStore().add("+4940*", ListKind.ALLOW, "Hamburg", "ui", Optional.empty());
      allowance(m, clock).onCall(dialling(PLUMBER));
      allowance(m, clock).onCall(dialling("030 1234567"));
      allowance(m, clock).onCall(dialling("040 1234567"));

      assertThat(returnCall(m, PLUMBER).verdict()).isEqualTo(Verdict.REJECT);
      assertThat(m.store().listStore().entries(ListKind.ALLOW))
          .extracting(e -> e.pattern())
          .as("only the blocked number got one: contacts and allowed ranges ring anyway")
          .containsExactlyInAnyOrder(PLUMBER, "+4940*");
    }
  }
}
