package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ChallengeConfig;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.sip.CallDisposition;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What sip-core is told for challenged and intercepted calls. */
class DispositionsTest {
  private final NumberNormaliser numbers = new NumberNormaliser("DE");

  private Decision decision(Verdict verdict, String number, int status, boolean intercept) {
    return new Decision(
        verdict,
        List.of(Reason.legacy("why")),
        numbers.describe(number),
        GreetingChoice.DEFAULT,
        status,
        intercept);
  }

  private static ChallengeConfig digits(String digits) {
    return new ChallengeConfig(
        Set.of("unknown"), digits, Verdict.REJECT, Duration.ofDays(30), Duration.ofSeconds(6), 1);
  }

  @Test
  void theChallengeDigitIsDrawnFromTheConfiguredSetAndThePromptSaysIt() {
    Dispositions d = new Dispositions(new Random(42));
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      CallDisposition.Challenge c =
          (CallDisposition.Challenge)
              d.of(decision(Verdict.CHALLENGE, "+4917012345678", 0, false), digits("1-3"));
      seen.add(c.digit());
      assertThat(c.greeting()).isEqualTo(ChallengeTiming.promptId("de", c.digit()));
      assertThat(c.machineGreeting()).isEqualTo("default");
      assertThat(c.hangUpOnFail()).isTrue();
      assertThat(c.timeout()).isGreaterThan(ChallengeTiming.WAIT.multipliedBy(2));
    }
    assertThat(seen).containsExactlyInAnyOrder('1', '2', '3');
  }

  @Test
  void anInterceptSpeaksTheCallersLanguageAndEndsWithTheStatus() {
    Dispositions d = new Dispositions();

    CallDisposition german =
        d.of(decision(Verdict.REJECT, "+4930123456", 404, true), ChallengeConfig.defaults());
    CallDisposition american =
        d.of(decision(Verdict.REJECT, "+12125551234", 404, true), ChallengeConfig.defaults());
    CallDisposition plain =
        d.of(decision(Verdict.REJECT, "+4930123456", 603, false), ChallengeConfig.defaults());

    assertThat(german)
        .isEqualTo(
            new CallDisposition.Intercept(404, "de", ChallengeTiming.interceptLength(), "why"));
    assertThat(((CallDisposition.Intercept) american).greeting()).isEqualTo("en");
    assertThat(plain).isEqualTo(new CallDisposition.Reject(603, "why"));
  }
}
