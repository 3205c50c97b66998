package dev.vorzimmer.sip.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.ChallengeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChallengeMachineTest {
  private static final long START = 1_000_000_000L;
  private static final long MS = 1_000_000L;

  private final ChallengeMachine machine = new ChallengeMachine("c1", '5', START);

  @Test
  void theRightDigitPassesWithTheTimeItTook() {
    Optional<ChallengeEvent> e = machine.digit('5', "rfc4733", START + 1800 * MS);

    assertThat(e).isPresent();
    assertThat(e.get().step()).isEqualTo(ChallengeEvent.Step.PASSED);
    assertThat(e.get().elapsed()).isEqualTo(Duration.ofMillis(1800));
    assertThat(e.get().digit()).contains('5');
    assertThat(e.get().via()).contains("rfc4733");
    assertThat(machine.decided()).isTrue();
  }

  @Test
  void aDigitDuringThePromptCounts() {
    assertThat(machine.digit('5', "info", START + 10 * MS).map(ChallengeEvent::step))
        .contains(ChallengeEvent.Step.PASSED);
  }

  @Test
  void aFloodOfDigitsOnlyTheFirstCounts() {
    List<ChallengeEvent> decisions = new ArrayList<>();
    machine.digit('3', "rfc4733", START + 100 * MS).ifPresent(decisions::add);
    for (int i = 0; i < 200; i++) {
      machine
          .digit('5', i % 2 == 0 ? "rfc4733" : "info", START + (200 + i) * MS)
          .ifPresent(decisions::add);
    }

    assertThat(decisions).hasSize(1);
    assertThat(decisions.get(0).step()).isEqualTo(ChallengeEvent.Step.WRONG_DIGIT);
    assertThat(decisions.get(0).digit()).contains('3');
    assertThat(decisions.get(0).expected()).isEqualTo('5');
  }

  @Test
  void oneKeyPressReportedAsRfc4733AndAsInfoCountsOnce() {
    Optional<ChallengeEvent> rtp = machine.digit('5', "rfc4733", START + 900 * MS);
    Optional<ChallengeEvent> info = machine.digit('5', "info", START + 905 * MS);

    assertThat(rtp.map(ChallengeEvent::step)).contains(ChallengeEvent.Step.PASSED);
    assertThat(info).isEmpty();
  }

  @Test
  void hangingUpMidChallengeIsReportedOnceAndLaterEventsAreIgnored() {
    Optional<ChallengeEvent> gone = machine.hungUp(START + 2500 * MS);

    assertThat(gone.map(ChallengeEvent::step)).contains(ChallengeEvent.Step.HUNG_UP);
    assertThat(gone.get().elapsed()).isEqualTo(Duration.ofMillis(2500));
    assertThat(machine.digit('5', "info", START + 2600 * MS)).isEmpty();
    assertThat(machine.timedOut(START + 20_000 * MS)).isEmpty();
  }

  @Test
  void aFaxToneFailsTheChallenge() {
    assertThat(machine.faxTone(START + 3000 * MS).map(ChallengeEvent::step))
        .contains(ChallengeEvent.Step.FAX_TONE);
    assertThat(machine.digit('5', "info", START + 3100 * MS)).isEmpty();
  }

  @Test
  void noDigitUntilTheTimeoutFailsAndALateDigitDoesNotPass() {
    assertThat(machine.timedOut(START + 17_000 * MS).map(ChallengeEvent::step))
        .contains(ChallengeEvent.Step.NO_DIGIT);
    assertThat(machine.digit('5', "rfc4733", START + 17_001 * MS)).isEmpty();
    assertThat(machine.hungUp(START + 17_002 * MS)).isEmpty();
  }
}
