package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class RtpSourceFilterTest {

  private static final InetSocketAddress SDP = new InetSocketAddress("192.0.2.10", 4000);
  private static final InetSocketAddress NAT = new InetSocketAddress("198.51.100.7", 31000);
  private static final InetSocketAddress SPRAYER = new InetSocketAddress("203.0.113.9", 5000);

  private static RtpPacket packet(int pt, int seq) {
    return new RtpPacket(pt, false, seq, 160L * seq, 1, new byte[160]);
  }

  private final RtpSourceFilter filter = new RtpSourceFilter(SDP, true, 0, 101);

  @Test
  void theSignalledAddressIsAcceptedAtOnce() {
    assertThat(filter.accept(SDP, packet(0, 1))).isTrue();
    assertThat(filter.target()).isEqualTo(SDP);
    assertThat(filter.dropped()).isZero();
  }

  @Test
  void singleSprayedPacketsNeverMoveTheStream() {
    for (int i = 0; i < 50; i++) {
      assertThat(filter.accept(SPRAYER, packet(0, i * 3))).isFalse();
    }
    assertThat(filter.target()).isEqualTo(SDP);
    assertThat(filter.dropped()).isEqualTo(50);
  }

  @Test
  void aNatAddressIsLearnedAfterFourPacketsInSequenceWithANegotiatedType() {
    assertThat(filter.accept(NAT, packet(0, 65534))).isFalse();
    assertThat(filter.accept(NAT, packet(0, 65535))).isFalse();
    assertThat(filter.accept(NAT, packet(101, 0))).isFalse();
    assertThat(filter.accept(NAT, packet(0, 1))).isTrue();
    assertThat(filter.target()).isEqualTo(NAT);
    assertThat(filter.accept(NAT, packet(0, 99))).isTrue();
    assertThat(filter.accept(SPRAYER, packet(0, 2))).isFalse();
  }

  @Test
  void aRunWithAnUnnegotiatedPayloadTypeOrBrokenSequenceIsNotLearned() {
    for (int i = 0; i < 10; i++) {
      assertThat(filter.accept(NAT, packet(8, i))).isFalse();
    }
    filter.accept(SPRAYER, packet(0, 1));
    filter.accept(SPRAYER, packet(0, 2));
    filter.accept(NAT, packet(0, 3));
    filter.accept(SPRAYER, packet(0, 3));
    assertThat(filter.accept(SPRAYER, packet(0, 5))).isFalse();
    assertThat(filter.target()).isEqualTo(SDP);
  }

  @Test
  void nothingIsLearnedOnceTheSignalledAddressSpoke() {
    filter.accept(SDP, packet(0, 1));
    for (int i = 0; i < 10; i++) {
      assertThat(filter.accept(NAT, packet(0, 100 + i))).isFalse();
    }
    assertThat(filter.target()).isEqualTo(SDP);
  }

  @Test
  void withoutLearningOnlyTheSignalledAddressCounts() {
    RtpSourceFilter strict = new RtpSourceFilter(SDP, false, 0, -1);
    for (int i = 0; i < 10; i++) {
      assertThat(strict.accept(NAT, packet(0, i))).isFalse();
    }
    assertThat(strict.accept(SDP, packet(0, 11))).isTrue();
  }

  @Test
  void aNewSdpAddressIsAcceptedAtOnceAndTheOldOneNoLonger() {
    filter.accept(SDP, packet(0, 1));
    InetSocketAddress moved = new InetSocketAddress("192.0.2.20", 6000);
    filter.resignal(moved);
    assertThat(filter.target()).isEqualTo(moved);
    assertThat(filter.accept(moved, packet(0, 2))).isTrue();
    assertThat(filter.accept(SDP, packet(0, 3))).isFalse();
  }
}
