package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AudioPlacerTest {

  private static final int SSRC = 0x1234;
  private short[] out = new short[0];
  private final AudioPlacer placer = new AudioPlacer(this::append, 480, 80_000);

  private void append(short[] samples, int offset, int count) {
    int old = out.length;
    out = Arrays.copyOf(out, old + count);
    System.arraycopy(samples, offset, out, old, count);
  }

  /** A packet whose samples are their own absolute sample index + 1 (never 0). */
  private static short[] ramp(int start, int length) {
    short[] s = new short[length];
    for (int i = 0; i < length; i++) {
      s[i] = (short) (1 + (start + i) % 30000);
    }
    return s;
  }

  private void offer(int ssrc, long ts, int start, int length) {
    placer.offer(ssrc, ts, ramp(start, length));
  }

  @Test
  void inOrderPacketsAreReleasedImmediately() {
    offer(SSRC, 1000, 0, 160);
    offer(SSRC, 1160, 160, 160);
    assertThat(out).containsExactly(ramp(0, 320));
  }

  @Test
  void reorderedPacketsArePlacedByTimestamp() {
    long base = 4_294_967_000L; // wraps around 2^32 inside the stream
    int[] order = {0, 2, 1, 3, 5, 4, 6};
    for (int k : order) {
      offer(SSRC, (base + 160L * k) & 0xFFFF_FFFFL, 160 * k, 160);
    }
    placer.flush();
    assertThat(out).containsExactly(ramp(0, 7 * 160));
    assertThat(placer.droppedPackets()).isZero();
  }

  @Test
  void lostPacketsBecomeSilenceOfTheRightLength() {
    offer(SSRC, 0, 0, 160);
    offer(SSRC, 480, 480, 160); // 160..479 lost
    for (int k = 4; k < 8; k++) {
      offer(SSRC, 160L * k, 160 * k, 160);
    }
    assertThat(out).hasSize(8 * 160);
    assertThat(Arrays.copyOfRange(out, 160, 480)).containsOnly((short) 0);
    assertThat(Arrays.copyOfRange(out, 480, 1280)).containsExactly(ramp(480, 800));
  }

  @Test
  void thirtyMillisecondPacketsAndMixedSizesLineUp() {
    offer(SSRC, 0, 0, 240);
    offer(SSRC, 240, 240, 240);
    offer(SSRC, 480, 480, 160);
    offer(SSRC, 640, 640, 240);
    placer.flush();
    assertThat(out).containsExactly(ramp(0, 880));
  }

  @Test
  void aNewSsrcContinuesRightAfterTheOldStream() {
    offer(SSRC, 5000, 0, 160);
    offer(SSRC, 5160, 160, 160);
    offer(0x9999, 77, 320, 160);
    offer(0x9999, 237, 480, 160);
    placer.flush();
    assertThat(out).containsExactly(ramp(0, 640));
  }

  @Test
  void latePacketsAndDuplicatesAreDroppedNotInserted() {
    offer(SSRC, 0, 0, 160);
    offer(SSRC, 160, 160, 160);
    offer(SSRC, 160, 160, 160);
    offer(SSRC, 0, 0, 160);
    placer.flush();
    assertThat(out).containsExactly(ramp(0, 320));
    assertThat(placer.droppedPackets()).isEqualTo(2);
  }

  @Test
  void aHugeTimestampJumpIsTreatedAsANewStreamNotAsMinutesOfSilence() {
    offer(SSRC, 0, 0, 160);
    offer(SSRC, 8000L * 3600, 160, 160);
    placer.flush();
    assertThat(out).containsExactly(ramp(0, 320));
  }
}
