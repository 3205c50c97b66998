package dev.vorzimmer.screening;

import static dev.vorzimmer.screening.ScreeningFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The user's four cases and the precedence between rules, with real numbers in real formats. */
class ScreenerRulesTest {
  private final ScreeningFixture world = new ScreeningFixture();
  private final Screener screener = world.screener();

  static Stream<Arguments> usersFourCases() {
    GreetingChoice def = GreetingChoice.DEFAULT;
    GreetingChoice anon = GreetingChoice.ANONYMOUS;
    return Stream.of(
        // 1. a contact is answered, however the number is presented
        arguments("contact, national", "030 123456", Verdict.RING, def, "contact Erika Mustermann"),
        arguments("contact, +49", "+49 30 123456", Verdict.RING, def, "contact Erika Mustermann"),
        arguments("contact, 0049", "004930123456", Verdict.RING, def, "contact Erika Mustermann"),
        arguments(
            "contact, sip user=phone",
            "sip:+4930123456@sip.telekom.de;user=phone",
            Verdict.RING,
            def,
            "contact Erika Mustermann"),
        arguments(
            "contact, tel:", "tel:+4930123456", Verdict.RING, def, "contact Erika Mustermann"),
        arguments(
            "favourite contact", "0151 12345678", Verdict.RING, def, "favourite contact Mama"),
        // 2. unknown shown numbers go to the answering machine; foreign ones by language
        arguments("unknown mobile", "0176 99887766", Verdict.VOICEMAIL, def, "unknown number"),
        arguments("unknown toll-free", "0800 1234567", Verdict.VOICEMAIL, def, "unknown number"),
        arguments("Austria", "+43 1 53422", Verdict.VOICEMAIL, def, "foreign: Austria"),
        arguments(
            "Switzerland, 00", "0041 44 668 18 00", Verdict.VOICEMAIL, def, "foreign: Switzerland"),
        arguments(
            "United Kingdom, en spoken",
            "+44 20 7946 0958",
            Verdict.VOICEMAIL,
            def,
            "foreign: United Kingdom"),
        arguments(
            "United States, en spoken",
            "tel:+1-212-736-5000",
            Verdict.VOICEMAIL,
            def,
            "foreign: United States"),
        arguments(
            "France",
            "+33 1 42 68 53 00",
            Verdict.VOICEMAIL,
            GreetingChoice.inLanguage("fr"),
            "foreign: France (language not spoken)"),
        arguments(
            "Poland",
            "sip:+48223456789@gw.example;user=phone",
            Verdict.VOICEMAIL,
            GreetingChoice.inLanguage("pl"),
            "foreign: Poland (language not spoken)"),
        // 3. no number shown: always the answering machine, never rejected
        arguments(
            "anonymous",
            "sip:anonymous@anonymous.invalid",
            Verdict.VOICEMAIL,
            anon,
            "anonymous caller"),
        arguments("withheld", "restricted", Verdict.VOICEMAIL, anon, "number withheld"),
        arguments("unavailable", "", Verdict.VOICEMAIL, anon, "number unavailable"),
        arguments(
            "garbage",
            "sip:robot@10.0.0.1",
            Verdict.VOICEMAIL,
            anon,
            "number not recognised: \"sip:robot@10.0.0.1\""),
        // 4. known call centres are not let through at all
        arguments(
            "blocked exact",
            "089 111222",
            Verdict.REJECT,
            def,
            "on blocklist: imported from callcentres.txt"),
        arguments(
            "blocked range",
            "+49 211 555 99001",
            Verdict.REJECT,
            def,
            "on blocklist (range +49211555*): imported from callcentres.txt"),
        arguments(
            "blocked country",
            "+234 803 123 4567",
            Verdict.REJECT,
            def,
            "on blocklist (range +234*): added by you"));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\" -> {2}")
  @MethodSource("usersFourCases")
  void usersFourCases(
      String what, String raw, Verdict verdict, GreetingChoice greeting, String reason) {
    Decision d = screener.decide(Caller.of(raw));
    assertThat(d.verdict()).as(what).isEqualTo(verdict);
    assertThat(d.greeting()).isEqualTo(greeting);
    assertThat(Words.en(d.mainReason())).isEqualTo(reason);
    assertThat(d.rejectStatus()).isEqualTo(verdict == Verdict.REJECT ? 603 : 0);
  }

  static Stream<Arguments> precedence() {
    return Stream.of(
        arguments("exact block beats contact", EX, Verdict.REJECT, "on blocklist: added by you"),
        arguments("contact beats block range", ANNA_IN_BLOCKED_RANGE, Verdict.RING, "contact Anna"),
        arguments(
            "allow entry beats block range",
            ALLOWED_IN_BLOCKED_RANGE,
            Verdict.RING,
            "on allow-list: added by you"),
        arguments(
            "time-limited allow entry rings",
            PLUMBER,
            Verdict.RING,
            "on allow-list until Fri 27 Nov 14:30: added by you"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("precedence")
  void precedenceBetweenListsAndContacts(String what, String e164, Verdict verdict, String reason) {
    Decision d = screener.decide(Caller.of(e164));
    assertThat(d.verdict()).as(what).isEqualTo(verdict);
    assertThat(world.en(d.mainReason())).isEqualTo(reason);
  }

  @Test
  void theAllowEntryForThePlumberRunsOutAfter48Hours() {
    world.clock.advance(Duration.ofHours(48));
    Decision d = screener.decide(Caller.of(PLUMBER));
    assertThat(d.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(d.mainReason())).isEqualTo("unknown number");
  }

  @Test
  void anExactAllowAddedAfterTheExactBlockLiftsIt() {
    world.lists.add(
        FakeNumberLists.entry(
            CALL_CENTRE, ListKind.ALLOW, "cli", Instant.EPOCH.plusSeconds(60), Optional.empty()));
    Decision d = screener.decide(Caller.of(CALL_CENTRE));
    assertThat(d.verdict()).isEqualTo(Verdict.RING);
    assertThat(Words.en(d.reasons()))
        .anyMatch(r -> r.startsWith("blocked earlier, allowed again since"));
  }

  @Test
  void anExactAllowOlderThanTheExactBlockDoesNotLiftIt() {
    world.lists.add(
        FakeNumberLists.entry(
            CALL_CENTRE, ListKind.ALLOW, "cli", Instant.EPOCH.minusSeconds(60), Optional.empty()));
    assertThat(screener.decide(Caller.of(CALL_CENTRE)).verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void informationalReasonsComeBeforeTheDecidingOne() {
    Decision d = screener.decide(Caller.of("0176 99887766"));
    assertThat(Words.en(d.reasons())).containsExactly("mobile number, Germany", "unknown number");
    assertThat(d.callerInfo().displayNumber()).isEqualTo("0176 99887766");
  }

  @Test
  void privacyIdMeansNoNumberShownEvenForAContact() {
    Decision d = screener.decide(Caller.of(ERIKA).withPrivacy("id"));
    assertThat(d.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(d.greeting()).isEqualTo(GreetingChoice.ANONYMOUS);
    assertThat(Words.en(d.reasons())).containsExactly("number withheld");
  }

  @Test
  void unknownCanBeSetToRingButNotForAFailedVerification() {
    Screener lenient =
        world.screener(ScreeningConfig.defaults().toBuilder().unknown(Verdict.RING).build());
    assertThat(lenient.decide(Caller.of(UNKNOWN_MOBILE)).verdict()).isEqualTo(Verdict.RING);
    Decision spoofed =
        lenient.decide(Caller.of("+4917600000001").withVerstat(Caller.VERSTAT_FAILED));
    assertThat(spoofed.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(spoofed.reasons()))
        .contains("caller ID verification failed (STIR/SHAKEN TN-Validation-Failed)");
  }

  @Test
  void aFailedVerificationDoesNotStopAContact() {
    Decision d = screener.decide(Caller.of(ERIKA).withVerstat("TN-Validation-Failed"));
    assertThat(d.verdict()).isEqualTo(Verdict.RING);
    assertThat(Words.en(d.reasons()))
        .contains("caller ID verification failed (STIR/SHAKEN TN-Validation-Failed)");
  }

  @Test
  void anonymousCanBeConfiguredToRejectWithTheConfiguredStatus() {
    Screener strict =
        world.screener(
            ScreeningConfig.defaults().toBuilder()
                .anonymous(Verdict.REJECT)
                .rejectWith(RejectWith.status(486))
                .build());
    Decision d = strict.decide(Caller.of("anonymous"));
    assertThat(d.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(d.rejectStatus()).isEqualTo(486);
  }

  @Test
  void languagesAreConfigurable() {
    Screener polyglot =
        world.screener(
            ScreeningConfig.defaults().toBuilder().languages(java.util.Set.of("de", "fr")).build());
    assertThat(polyglot.decide(Caller.of("+33 1 42 68 53 00")).greeting())
        .isEqualTo(GreetingChoice.DEFAULT);
    Decision us = polyglot.decide(Caller.of("+1 212 736 5000"));
    assertThat(us.greeting()).isEqualTo(GreetingChoice.inLanguage("en"));
    assertThat(Words.en(us.mainReason())).isEqualTo("foreign: United States (language not spoken)");
  }

  @Test
  void describeWorksOfflineForTheUi() {
    CallerInfo info = screener.describe("+41 44 668 18 00");
    assertThat(info.countryNameDe()).contains("Schweiz");
    assertThat(info.displayNumber()).isEqualTo("+41 44 668 18 00");
  }
}
