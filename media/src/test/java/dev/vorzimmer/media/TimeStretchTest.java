package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Faster and slower speech at the same pitch. */
class TimeStretchTest {

  private static short[] sine(double hz, int samples) {
    short[] s = new short[samples];
    for (int i = 0; i < samples; i++) {
      s[i] = (short) Math.round(10_000 * Math.sin(2 * Math.PI * hz * i / 8000));
    }
    return s;
  }

  /** Plays all of {@code source} through the stretch, as the message player does. */
  private static short[] play(short[] source, double speed) {
    TimeStretch stretch = TimeStretch.of(source, 8000, speed);
    short[] out = new short[0];
    short[] step = new short[stretch.hop()];
    for (int at = 0; at < source.length; at += stretch.stride()) {
      stretch.step(at, step);
      out = Arrays.copyOf(out, out.length + step.length);
      System.arraycopy(step, 0, out, out.length - step.length, step.length);
    }
    return out;
  }

  private static double crossingsPerSecond(short[] s, int from, int to) {
    int n = 0;
    for (int i = from + 1; i < to; i++) {
      n += (s[i - 1] < 0) != (s[i] < 0) ? 1 : 0;
    }
    return n * 8000.0 / (to - from);
  }

  @Test
  void twiceAsFastHalvesTheLengthAndKeepsThePitch() {
    short[] out = play(sine(400, 8000), 2.0);
    assertThat(out.length).isBetween(3900, 4200);
    // 400 Hz is 800 sign changes a second; a plain rate change would give 1600
    assertThat(crossingsPerSecond(out, 200, out.length - 200)).isBetween(760.0, 840.0);
  }

  @Test
  void slowerLengthensAndKeepsThePitch() {
    short[] out = play(sine(400, 8000), 0.75);
    assertThat(out.length).isBetween(10_500, 10_900);
    assertThat(crossingsPerSecond(out, 200, out.length - 200)).isBetween(760.0, 840.0);
  }

  @Test
  void stepsAre16MillisecondsAndTheSpeedMustBePositive() {
    TimeStretch stretch = TimeStretch.of(new short[8000], 8000, 1.5);
    assertThat(stretch.hop()).isEqualTo(128);
    assertThat(stretch.stride()).isEqualTo(192);
    assertThatThrownBy(() -> TimeStretch.of(new short[1], 8000, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
