package dev.vorzimmer.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissedCallsTest {
  private final MissedCalls calls = new MissedCalls();

  private static CallEvent in(String id, CallState state, String name) {
    return new CallEvent(id, true, state, "+49301234567", name, Optional.empty(), "");
  }

  private static CallEvent ended(String id, boolean incoming, CallOutcome outcome, String name) {
    return new CallEvent(
        id, incoming, CallState.ENDED, "+49301234567", name, Optional.of(outcome), "");
  }

  @Test
  void aCallNobodyAnsweredWithinTheRingTimeIsMissedWhenTheMachineTakesIt() {
    calls.onCall(in("r", CallState.RINGING, "Erika"));
    Optional<MissedCalls.Missed> missed =
        calls.onCall(
            new CallEvent(
                "r",
                true,
                CallState.CONNECTING,
                "+49301234567",
                "",
                Optional.empty(),
                "voicemail: no answer after 25000 ms"));
    assertThat(missed).map(MissedCalls.Missed::displayName).contains("Erika");
    assertThat(calls.onCall(ended("r", true, CallOutcome.VOICEMAIL, ""))).as("once").isEmpty();
    calls.onCall(in("u", CallState.RINGING, ""));
    assertThat(
            calls.onCall(
                new CallEvent(
                    "u",
                    true,
                    CallState.CONNECTING,
                    "+49301234567",
                    "",
                    Optional.empty(),
                    "voicemail: sent to voicemail by the user")))
        .isEmpty();
  }

  @Test
  void aCallThatRangAndWasGivenUpIsMissedOnce() {
    assertThat(calls.onCall(in("c1", CallState.SCREENING, ""))).isEmpty();
    assertThat(calls.onCall(in("c1", CallState.RINGING, "Erika"))).isEmpty();
    assertThat(calls.anyRinging()).isTrue();
    Optional<MissedCalls.Missed> missed = calls.onCall(ended("c1", true, CallOutcome.MISSED, ""));
    assertThat(missed).contains(new MissedCalls.Missed("c1", "+49301234567", "Erika"));
    assertThat(calls.anyRinging()).isFalse();
  }

  @Test
  void answeredDeclinedVoicemailAndOutgoingCallsAreNotMissed() {
    calls.onCall(in("a", CallState.RINGING, ""));
    calls.onCall(in("a", CallState.CONNECTING, ""));
    assertThat(calls.anyRinging()).as("answering stops the ringing").isFalse();
    assertThat(calls.onCall(ended("a", true, CallOutcome.ANSWERED, ""))).isEmpty();
    calls.onCall(in("d", CallState.RINGING, ""));
    assertThat(calls.onCall(ended("d", true, CallOutcome.REJECTED, ""))).isEmpty();
    calls.onCall(in("v", CallState.RINGING, ""));
    calls.onCall(in("v", CallState.VOICEMAIL, ""));
    assertThat(calls.onCall(ended("v", true, CallOutcome.VOICEMAIL, ""))).isEmpty();
    assertThat(calls.onCall(ended("o", false, CallOutcome.MISSED, ""))).isEmpty();
    assertThat(calls.onCall(ended("s", true, CallOutcome.CANCELLED, "")))
        .as("hung up during screening")
        .isEmpty();
  }

  @Test
  void twoCallsRingAtOnceAndOnlyTheOneGivenUpIsMissed() {
    calls.onCall(in("x", CallState.RINGING, "X"));
    calls.onCall(in("y", CallState.RINGING, "Y"));
    assertThat(calls.onCall(ended("x", true, CallOutcome.MISSED, "")))
        .map(MissedCalls.Missed::displayName)
        .contains("X");
    assertThat(calls.anyRinging()).as("y still rings").isTrue();
    calls.onCall(in("y", CallState.CONNECTING, ""));
    assertThat(calls.anyRinging()).isFalse();
  }

  @Test
  void aMissedOutcomeCountsEvenIfTheRingingWasNotSeen() {
    assertThat(calls.onCall(ended("late", true, CallOutcome.MISSED, "Late"))).isPresent();
  }
}
