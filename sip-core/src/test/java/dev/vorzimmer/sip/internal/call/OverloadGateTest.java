package dev.vorzimmer.sip.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverloadGateTest {
  private final OverloadGate gate = new OverloadGate();

  @Test
  void aBacklogBelowTheLimitIsNoOverload() {
    assertThat(gate.observe(9, 10)).isFalse();
    assertThat(gate.overloaded()).isFalse();
  }

  @Test
  void reachingTheLimitOverloadsUntilTheBacklogIsDownToHalf() {
    assertThat(gate.observe(10, 10)).as("starts an episode").isTrue();
    assertThat(gate.observe(11, 10)).as("the same episode").isFalse();
    gate.observe(6, 10);
    assertThat(gate.overloaded()).as("6 of 10: still behind").isTrue();
    gate.observe(5, 10);
    assertThat(gate.overloaded()).as("down to half").isFalse();
  }

  @Test
  void aCallWhoseWaitOverlappedAnOverloadKnowsItAfterRecovery() {
    long quiet = gate.mark();
    assertThat(gate.overloadedSince(quiet)).isFalse();

    gate.observe(10, 10);
    long during = gate.mark();
    gate.observe(0, 10);

    assertThat(gate.overloaded()).isFalse();
    assertThat(gate.overloadedSince(quiet)).as("arrived before, waited through it").isTrue();
    assertThat(gate.overloadedSince(during)).as("nothing new since").isFalse();
  }
}
