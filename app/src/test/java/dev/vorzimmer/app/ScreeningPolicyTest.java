package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.IncomingCall;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy keeps a call's decision only while the call lasts, also when the call ends before it
 * is decided.
 */
class ScreeningPolicyTest {
  @TempDir Path dir;
  private final List<Runnable> decisions = new ArrayList<>();

  @Test
  void aCallThatEndsIsForgottenAndItsOutcomeLogged() throws Exception {
    try (ScreeningModule module = module()) {
      ScreeningPolicy policy = policy(module);
      policy.evaluate(call("c1@test"));
      decisions.forEach(Runnable::run);
      assertThat(policy.decisionFor("c1@test")).isPresent();

      policy.onCall(ended("c1@test", CallOutcome.MISSED));

      assertThat(policy.decisionFor("c1@test")).isEmpty();
      assertThat(module.store().callLog().recentCalls(1).get(0).outcome()).isEqualTo("missed");
    }
  }

  @Test
  void aCallThatEndsWhileBeingDecidedIsNotKeptForever() throws Exception {
    try (ScreeningModule module = module()) {
      ScreeningPolicy policy = policy(module);
      policy.evaluate(call("c2@test"));
      policy.onCall(
          ended("c2@test", CallOutcome.CANCELLED)); // the caller hung up during an online lookup

      decisions.forEach(Runnable::run);

      assertThat(policy.decisionFor("c2@test")).isEmpty();
      assertThat(module.store().callLog().recentCalls(1).get(0).outcome()).isEqualTo("cancelled");
    }
  }

  private ScreeningModule module() throws Exception {
    AppHome home = AppHome.at(dir);
    return ScreeningModule.open(
        home, new ConfigLoader().load(home.configFile()), Clock.systemDefaultZone());
  }

  /** Decisions wait in {@link #decisions} until the test runs them; call-log writes run at once. */
  private ScreeningPolicy policy(ScreeningModule module) {
    return new ScreeningPolicy(
        module.screener(),
        module.store().callLog(),
        decisions::add,
        Runnable::run,
        Clock.systemDefaultZone());
  }

  private static IncomingCall call(String callId) {
    return new IncomingCall(
        callId,
        "+4930987654",
        "From",
        "",
        "",
        Optional.empty(),
        "sip:+4930987654@test",
        "vorzimmer",
        "127.0.0.1:5060");
  }

  private static CallEvent ended(String callId, CallOutcome outcome) {
    return new CallEvent(
        callId, true, CallState.ENDED, "+4930987654", "", Optional.of(outcome), "test");
  }
}
