package dev.vorzimmer.media.internal.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JitterBufferTest {

  private static short[] ramp(int from, int count) {
    short[] s = new short[count];
    for (int i = 0; i < count; i++) {
      s[i] = (short) (from + i);
    }
    return s;
  }

  @Test
  void playsSilenceUntilThePrefillIsThereThenTheAudioInOrder() {
    JitterBuffer buffer = new JitterBuffer(1000, 300);
    short[] out = new short[160];
    buffer.write(ramp(1, 160), 0, 160);
    assertThat(buffer.read(out, 0, 160)).as("prefilling").isZero();
    assertThat(out).containsOnly((short) 0);
    buffer.write(ramp(161, 160), 0, 160);
    assertThat(buffer.read(out, 0, 160)).isEqualTo(160);
    assertThat(out).containsExactly(ramp(1, 160));
    assertThat(buffer.read(out, 0, 160)).isEqualTo(160);
    assertThat(out).containsExactly(ramp(161, 160));
  }

  @Test
  void anUnderrunPadsWithSilenceAndWaitsForANewPrefill() {
    JitterBuffer buffer = new JitterBuffer(1000, 200);
    short[] out = new short[160];
    buffer.write(ramp(1, 250), 0, 250);
    buffer.read(out, 0, 160);
    assertThat(buffer.read(out, 0, 160)).isEqualTo(90);
    assertThat(out[89]).isEqualTo((short) 250);
    assertThat(out[90]).isZero();
    assertThat(buffer.underruns()).isEqualTo(1);
    buffer.write(ramp(1000, 160), 0, 160);
    assertThat(buffer.read(out, 0, 160)).as("below prefill again").isZero();
    buffer.write(ramp(1160, 160), 0, 160);
    assertThat(buffer.read(out, 0, 160)).isEqualTo(160);
    assertThat(out[0]).isEqualTo((short) 1000);
  }

  @Test
  void aFullBufferDropsTheOldestAudioToCapTheDelay() {
    JitterBuffer buffer = new JitterBuffer(400, 0);
    buffer.write(ramp(1, 500), 0, 500);
    assertThat(buffer.level()).isEqualTo(400);
    assertThat(buffer.droppedSamples()).isEqualTo(100);
    short[] out = new short[400];
    assertThat(buffer.read(out, 0, 400)).isEqualTo(400);
    assertThat(out[0]).isEqualTo((short) 101);
    assertThat(out[399]).isEqualTo((short) 500);
  }

  @Test
  void withoutPrefillEveryWrittenSampleIsHandedOutAtOnce() {
    JitterBuffer buffer = new JitterBuffer(400, 0);
    short[] out = new short[160];
    buffer.write(ramp(7, 10), 0, 10);
    assertThat(buffer.read(out, 0, 160)).isEqualTo(10);
    assertThat(out[9]).isEqualTo((short) 16);
    assertThat(buffer.read(out, 0, 160)).isZero();
  }

  @Test
  void rejectsAPrefillLargerThanTheCapacity() {
    assertThatThrownBy(() -> new JitterBuffer(100, 200))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
