package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallResultTest {
  @Test
  void aCallThatRangAndWentToTheMachineWithoutAMessageIsMissed() {
    assertThat(CallResult.of("RING", "unanswered", false)).isEqualTo(CallResult.MISSED);
    assertThat(CallResult.of("RING", "voicemail", false))
        .as("rows written before 'unanswered' existed")
        .isEqualTo(CallResult.MISSED);
    assertThat(CallResult.of("RING", "missed", false)).isEqualTo(CallResult.MISSED);
  }

  @Test
  void aCallScreenedToTheMachineThatEndedInTheGreetingIsNoMessage() {
    assertThat(CallResult.of("VOICEMAIL", "voicemail", false))
        .isEqualTo(CallResult.GREETING_HANGUP);
  }

  @Test
  void aMessageIsAMessageWhicheverWayTheCallGotThere() {
    assertThat(CallResult.of("VOICEMAIL", "voicemail", true)).isEqualTo(CallResult.MESSAGE);
    assertThat(CallResult.of("RING", "unanswered", true)).isEqualTo(CallResult.MESSAGE);
  }

  @Test
  void otherOutcomes() {
    assertThat(CallResult.of("RING", "answered", false)).isEqualTo(CallResult.ANSWERED);
    assertThat(CallResult.of("REJECT", "rejected", false)).isEqualTo(CallResult.TURNED_AWAY);
    assertThat(CallResult.of("RING", "rejected", false))
        .as("declined by the user")
        .isEqualTo(CallResult.TURNED_AWAY);
    assertThat(CallResult.of("VOICEMAIL", "cancelled", false)).isEqualTo(CallResult.CANCELLED);
    assertThat(CallResult.of("RING", "ringing", false)).isEqualTo(CallResult.RINGING);
  }

  @Test
  void aRecordingMarkedFailedIsNotAMessage() {
    Path f = Path.of("m.wav");
    Instant t = Instant.EPOCH;
    assertThat(
            CallResult.isMessage(
                new MessageEntry(1, t, "+49", "", List.of(), f, Duration.ZERO, false, "failed")))
        .isFalse();
    assertThat(
            CallResult.isMessage(
                new MessageEntry(1, t, "+49", "", List.of(), f, Duration.ZERO, false, "complete")))
        .as("silent after the beep: still a message")
        .isTrue();
    assertThat(
            CallResult.isMessage(
                new MessageEntry(
                    1, t, "+49", "", List.of(), f, Duration.ofSeconds(42), false, "complete")))
        .isTrue();
  }
}
