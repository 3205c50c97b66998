package dev.vorzimmer.screening;

import static dev.vorzimmer.screening.ScreeningFixture.ERIKA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item 5 of issue 13: caller IDs German operators may not send, ping calls and risky call-backs.
 */
class ForgedIdsAndPingCallsTest {
  private static final String FORGED =
      "this kind of number cannot call you; the caller ID is forged";
  private final ScreeningFixture world = new ScreeningFixture();
  private final Screener screener = world.screener();
  private final PingCalls ping = new PingCalls(ScreeningConfig.defaults(), screener.normaliser());

  @ParameterizedTest(name = "{0} -> forged {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      0900 5 123456              | premium-rate number (0900)
      +49 900 1 234567           | premium-rate number (0900)
      sip:+499003123456@sbc.example;user=phone | premium-rate number (0900)
      0137 9 876543              | mass-traffic number (0137)
      +49 11833                  | directory-service number (118xx)
      011880                     | directory-service number (118xx)
      11833                      | directory-service number (118xx)
      """)
  void aServiceNumberAsCallerIdIsForgedAndGoesToVoicemail(String raw, String kind) {
    Decision d = screener.decide(Caller.of(raw));

    assertThat(d.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(d.reasons())).last().isEqualTo(kind + ": " + FORGED);
  }

  @Test
  void aForgedIdBeatsAContactWithThatNumber() {
    world.contacts.add("Horoscope hotline", true, "+4990051234567");

    Decision d = world.screener().decide(Caller.of("0900 51234567"));

    assertThat(d.verdict()).isEqualTo(Verdict.VOICEMAIL);
    assertThat(Words.en(d.reasons())).last().asString().endsWith(FORGED);
  }

  @Test
  void anExactBlockStillRejects() {
    world.lists.block("+4990051234567", "cli");

    assertThat(world.screener().decide(Caller.of("0900 51234567")).verdict())
        .isEqualTo(Verdict.REJECT);
  }

  @Test
  void ordinaryAndTollFreeNumbersAreNotForged() {
    assertThat(Words.en(screener.decide(Caller.of("0800 1234567")).reasons()))
        .last()
        .isEqualTo("unknown number");
    assertThat(Words.en(screener.decide(Caller.of("0180 5 123456")).reasons()))
        .noneMatch(r -> r.contains("forged"));
    assertThat(screener.decide(Caller.of(ERIKA)).verdict()).isEqualTo(Verdict.RING);
  }

  @Test
  void forgedIdsCanBeSwitchedOff() {
    Screener lenient =
        world.screener(ScreeningConfig.defaults().toBuilder().forgedIds(false).build());

    assertThat(Words.en(lenient.decide(Caller.of("0900 5 123456")).reasons()))
        .noneMatch(r -> r.contains("forged"));
  }

  @ParameterizedTest(name = "{0} rang {1} s -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      +261 20 22 123 45  | 2 | ping call — don't call back: rang 2 s from a foreign number (Madagascar)
      +261 20 22 123 45  | 5 | -
      0900 5 123456      | 1 | ping call — don't call back: rang 1 s from a premium-rate number (0900)
      +44 909 879 0000   | 3 | ping call — don't call back: rang 3 s from a premium-rate number
      0176 99887766      | 1 | -
      0261 123456        | 1 | -
      """)
  void pingCallsAreShortRingsFromExpensiveNumbers(String raw, long seconds, String expected) {
    Optional<String> mark =
        Words.en(ping.pingCall(screener.describe(raw), Duration.ofSeconds(seconds)));

    assertThat(mark).isEqualTo(expected.equals("-") ? Optional.empty() : Optional.of(expected));
  }

  @Test
  void pingCallsCanBeSwitchedOff() {
    PingCalls off =
        new PingCalls(
            ScreeningConfig.defaults().toBuilder().pingCalls(false).build(), screener.normaliser());

    assertThat(off.pingCall(screener.describe("+261 20 22 123 45"), Duration.ofSeconds(1)))
        .isEmpty();
  }

  @Test
  void anonymousCallersAreNoPingCalls() {
    assertThat(ping.pingCall(screener.describe("anonymous"), Duration.ofSeconds(1))).isEmpty();
  }

  @Test
  void callingBackAServiceNumberNamesTheRisk() {
    assertThat(Words.en(ping.callbackRisk("0900 5 123456")))
        .get()
        .asString()
        .startsWith("premium-rate number")
        .contains("3 €");
    assertThat(Words.en(ping.callbackRisk("0137 9876543"))).get().asString().contains("charged");
    assertThat(Words.en(ping.callbackRisk("11833")))
        .get()
        .asString()
        .startsWith("directory-service number");
    assertThat(ping.isCallbackRisky("030 123456")).isFalse();
    assertThat(ping.isCallbackRisky("0800 1234567")).isFalse();
    assertThat(ping.isCallbackRisky("not a number")).isFalse();
  }
}
