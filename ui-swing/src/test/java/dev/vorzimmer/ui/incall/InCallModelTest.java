package dev.vorzimmer.ui.incall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InCallModelTest {
  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  private static CallEvent event(boolean incoming, CallState state) {
    return new CallEvent("c1", incoming, state, "+49301234567", "", Optional.empty(), "test");
  }

  @Test
  void placedCallsOpenTheViewAtOnceAnsweredIncomingCallsOnlyWhenTalking() {
    assertThat(InCallModel.opensView(event(false, CallState.CALLING))).isTrue();
    assertThat(InCallModel.opensView(event(false, CallState.EARLY))).isTrue();
    assertThat(InCallModel.opensView(event(true, CallState.RINGING)))
        .as("the incoming view has it")
        .isFalse();
    assertThat(InCallModel.opensView(event(true, CallState.CONNECTING)))
        .as("might be voicemail")
        .isFalse();
    assertThat(InCallModel.opensView(event(true, CallState.VOICEMAIL))).isFalse();
    assertThat(InCallModel.opensView(event(true, CallState.ACTIVE))).isTrue();
    CallEvent ended =
        new CallEvent(
            "c1", false, CallState.ENDED, "x", "", Optional.of(CallOutcome.ANSWERED), "bye");
    assertThat(InCallModel.opensView(ended)).isFalse();
  }

  @Test
  void anOutgoingCallGoesFromDiallingThroughRingingToConnectedAndOnlyThenTalks() {
    InCallModel m = new InCallModel("c1", false);
    m.apply(CallState.CALLING, T0);
    assertThat(m.stateKey()).isEqualTo("incall.state.dialling");
    assertThat(m.canHangUp()).as("cancel while dialling").isTrue();
    assertThat(m.canMute()).isFalse();
    assertThat(m.canHold()).isFalse();
    assertThat(m.canSendDigits()).isFalse();
    assertThat(m.timerText(T0.plusSeconds(5))).as("no timer before connect").isEmpty();
    m.apply(CallState.EARLY, T0.plusSeconds(1));
    assertThat(m.stateKey()).isEqualTo("incall.state.ringing");
    m.apply(CallState.ACTIVE, T0.plusSeconds(3));
    assertThat(m.stateKey()).isEqualTo("incall.state.connected");
    assertThat(m.canMute()).isTrue();
    assertThat(m.canHold()).isTrue();
    assertThat(m.canSendDigits()).isTrue();
    assertThat(m.timerText(T0.plusSeconds(3 + 75))).isEqualTo("01:15");
  }

  @Test
  void holdKeepsTheTimerRunningButSilencesTheKeypad() {
    InCallModel m = new InCallModel("c1", true);
    m.apply(CallState.ACTIVE, T0);
    m.held(true);
    assertThat(m.phase()).isEqualTo(InCallModel.Phase.ON_HOLD);
    assertThat(m.stateKey()).isEqualTo("incall.state.onhold");
    assertThat(m.canSendDigits()).isFalse();
    assertThat(m.canHold()).as("resume").isTrue();
    m.apply(
        CallState.ACTIVE,
        T0.plusSeconds(10)); // a later event while held stays on hold, timer from the first connect
    assertThat(m.phase()).isEqualTo(InCallModel.Phase.ON_HOLD);
    assertThat(m.timerText(T0.plusSeconds(42))).isEqualTo("00:42");
    m.held(false);
    assertThat(m.phase()).isEqualTo(InCallModel.Phase.CONNECTED);
    assertThat(m.isHeld()).isFalse();
  }

  @Test
  void holdIsIgnoredBeforeTheCallIsConnected() {
    InCallModel m = new InCallModel("c1", false);
    m.apply(CallState.CALLING, T0);
    m.held(true);
    assertThat(m.isHeld()).isFalse();
    assertThat(m.phase()).isEqualTo(InCallModel.Phase.DIALLING);
  }

  @Test
  void hangingUpDisablesEverythingAndTheEndClosesTheView() {
    InCallModel m = new InCallModel("c1", false);
    m.apply(CallState.ACTIVE, T0);
    m.muted(true);
    assertThat(m.isMuted()).isTrue();
    m.hangingUp();
    assertThat(m.stateKey()).isEqualTo("incall.state.ending");
    assertThat(m.canHangUp()).isFalse();
    assertThat(m.canMute()).isFalse();
    assertThat(m.canSendDigits()).isFalse();
    assertThat(m.isOver()).isFalse();
    m.apply(CallState.ENDED, T0.plusSeconds(2));
    assertThat(m.isOver()).isTrue();
    m.hangingUp();
    assertThat(m.isOver()).as("an ended call stays ended").isTrue();
  }

  @Test
  void aCallHandedToTheAnsweringMachineIsOverForTheView() {
    InCallModel m = new InCallModel("c1", true);
    m.apply(CallState.VOICEMAIL, T0);
    assertThat(m.isOver()).isTrue();
  }

  @Test
  void theTimerShowsHoursAfterAnHourAndOnlyKeypadCharactersAreDigits() {
    assertThat(InCallModel.clock(Duration.ofSeconds(59))).isEqualTo("00:59");
    assertThat(InCallModel.clock(Duration.ofMinutes(61).plusSeconds(5))).isEqualTo("1:01:05");
    assertThat(InCallModel.clock(Duration.ofSeconds(-3)))
        .as("clock stepped back")
        .isEqualTo("00:00");
    assertThat("0123456789*#".chars().allMatch(c -> InCallModel.isKeypadDigit((char) c))).isTrue();
    assertThat(InCallModel.isKeypadDigit('A')).isFalse();
    assertThat(InCallModel.isKeypadDigit('+')).isFalse();
  }
}
