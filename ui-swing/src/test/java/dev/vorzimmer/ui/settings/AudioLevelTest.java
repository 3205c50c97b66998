package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AudioLevelTest {

  private static short[] sine(double peak, int n) {
    short[] s = new short[n];
    for (int i = 0; i < n; i++) {
      s[i] = (short) Math.round(peak * Math.sin(2 * Math.PI * 440 * i / 8000.0));
    }
    return s;
  }

  @Test
  void silenceAndNoSamplesReadZero() {
    assertThat(AudioLevel.percent(new short[160], 160)).isZero();
    assertThat(AudioLevel.percent(new short[160], 0)).isZero();
    assertThat(AudioLevel.dbfs(new short[160], 160)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void aFullScaleSquareWaveIsZeroDbfsAndAFullMeter() {
    short[] square = new short[160];
    for (int i = 0; i < square.length; i++) {
      square[i] = (short) (i % 2 == 0 ? 32767 : -32768);
    }
    assertThat(AudioLevel.dbfs(square, 160)).isCloseTo(0, within(0.01));
    assertThat(AudioLevel.percent(square, 160)).isEqualTo(100);
  }

  @Test
  void aSineIsThreeDbBelowItsPeakAndTheMeterIsLinearInDb() {
    short[] loud = sine(32767, 8000);
    assertThat(AudioLevel.dbfs(loud, loud.length)).isCloseTo(-3.01, within(0.05));
    short[] quiet = sine(32767 / 10.0, 8000); // 20 dB lower: -23 dBFS
    assertThat(AudioLevel.dbfs(quiet, quiet.length)).isCloseTo(-23.01, within(0.05));
    assertThat(AudioLevel.percent(quiet, quiet.length)).isEqualTo(62); // (60 - 23) / 60
  }

  @Test
  void onlyTheGivenCountIsMeasuredAndVeryQuietReadsZero() {
    short[] frame = sine(8000, 160);
    short[] halfSilent = new short[320];
    System.arraycopy(frame, 0, halfSilent, 0, 160);
    assertThat(AudioLevel.percent(halfSilent, 160)).isEqualTo(AudioLevel.percent(frame, 160));
    assertThat(AudioLevel.percent(sine(20, 160), 160))
        .as("about -67 dBFS is below the floor")
        .isZero();
  }
}
