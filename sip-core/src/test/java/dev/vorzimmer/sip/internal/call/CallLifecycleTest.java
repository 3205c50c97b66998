package dev.vorzimmer.sip.internal.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.vorzimmer.sip.CallState;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CallLifecycleTest {
  @Test
  void screenedCallToVoicemailFollowsTheLegalPath() {
    CallLifecycle c = new CallLifecycle("c1", CallState.SCREENING);
    c.transitionTo(CallState.CONNECTING, "voicemail");
    c.transitionTo(CallState.VOICEMAIL, "ACK");
    assertThat(c.transitionTo(CallState.ENDED, "BYE")).isEqualTo(CallState.VOICEMAIL);
    assertThat(c.isOver()).isTrue();
  }

  @Test
  void illegalMovesThrowAndKeepTheState() {
    CallLifecycle c = new CallLifecycle("c2", CallState.RINGING);
    assertThatThrownBy(() -> c.transitionTo(CallState.CHALLENGE, "skip ACK"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RINGING -> CHALLENGE");
    assertThat(c.state()).isEqualTo(CallState.RINGING);
  }

  @Test
  void aChallengedCallRingsAfterItWasAnsweredAndThenGoesLiveOrToTheMachine() {
    CallLifecycle live = new CallLifecycle("c3", CallState.SCREENING);
    live.transitionTo(CallState.CONNECTING, "challenge");
    live.transitionTo(CallState.CHALLENGE, "ACK");
    live.transitionTo(CallState.RINGING, "passed");
    live.transitionTo(CallState.ACTIVE, "answered");
    CallLifecycle machine = new CallLifecycle("c4", CallState.CHALLENGE);
    machine.transitionTo(CallState.RINGING, "passed");
    assertThat(machine.transitionTo(CallState.VOICEMAIL, "no answer")).isEqualTo(CallState.RINGING);
  }

  @Test
  void anActionThatDoesNotFitTheStateThrowsAndChangesNothing() {
    CallLifecycle c = new CallLifecycle("c5", CallState.RINGING);
    c.require("answer", CallState.SCREENING, CallState.RINGING);
    assertThatThrownBy(() -> c.require("start media after the ACK", CallState.CONNECTING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot start media after the ACK in RINGING");
    assertThat(c.state()).isEqualTo(CallState.RINGING);
    assertThat(c.is(CallState.SCREENING, CallState.RINGING)).isTrue();
    assertThat(c.is(CallState.CONNECTING)).isFalse();
  }

  @Test
  void endedIsFinal() {
    for (CallState s : CallState.values()) {
      assertThat(CallState.ENDED.canGoTo(s)).isFalse();
      if (s != CallState.ENDED) {
        assertThat(s.canGoTo(CallState.ENDED)).as("%s can end", s).isTrue();
      }
    }
  }

  @Test
  void aMoveLoggedElsewhereIsCheckedLikeAnyOtherButLeavesNoInfoLine() {
    Logger logger = (Logger) LoggerFactory.getLogger(CallLifecycle.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      CallLifecycle rejected = new CallLifecycle("c6", CallState.SCREENING);
      rejected.transitionToLoggedElsewhere(CallState.ENDED, "603 by policy: blocked");
      CallLifecycle cancelled = new CallLifecycle("c7", CallState.SCREENING);
      cancelled.transitionTo(CallState.ENDED, "CANCEL");
      assertThat(rejected.isOver()).isTrue();
      assertThatThrownBy(
              () -> rejected.transitionToLoggedElsewhere(CallState.RINGING, "after the end"))
          .isInstanceOf(IllegalStateException.class);
    } finally {
      logger.detachAppender(logged);
    }
    assertThat(logged.list)
        .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "call c7: SCREENING -> ENDED (CANCEL)",
            "call c6: illegal transition ENDED -> RINGING (after the end)");
  }
}
