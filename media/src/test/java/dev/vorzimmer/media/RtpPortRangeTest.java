package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code [media] rtp_ports}: even ports of the range only, round-robin, and a clear error when all
 * are taken.
 */
class RtpPortRangeTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  /** A range of 3 even ports whose ports (and their odd neighbours) are free right now. */
  private static RtpPortRange freeRange() throws IOException {
    for (int first = 40_000; first < 60_000; first += 64) {
      if (free(first, first + 5)) {
        return new RtpPortRange(first, first + 5);
      }
    }
    throw new IllegalStateException("no free test range");
  }

  private static boolean free(int first, int last) {
    List<DatagramSocket> probes = new ArrayList<>();
    try {
      for (int p = first; p <= last; p++) {
        probes.add(new DatagramSocket(new InetSocketAddress(LOOPBACK, p)));
      }
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      probes.forEach(DatagramSocket::close);
    }
  }

  @Test
  void handsOutTheEvenPortsOfTheRangeAndSaysSoWhenAllAreTaken() throws Exception {
    RtpPortRange range = freeRange();
    RtpPortRange.Allocator ports = range.allocator();
    List<RtpSocket> open = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        open.add(ports.open(LOOPBACK));
      }
      assertThat(open)
          .extracting(RtpSocket::localPort)
          .containsExactly(range.first(), range.first() + 2, range.first() + 4);

      assertThatThrownBy(() -> ports.open(LOOPBACK))
          .isInstanceOf(IOException.class)
          .hasMessage(
              "no free RTP port in "
                  + range.first()
                  + "-"
                  + range.last()
                  + " (all 3 even ports are in use); widen [media] rtp_ports");

      open.remove(1).close();
      assertThat(ports.open(LOOPBACK).localPort()).isEqualTo(range.first() + 2);
    } finally {
      for (RtpSocket s : open) {
        s.close();
      }
    }
  }

  @Test
  void aPortTakenByAnotherProgramIsSkipped() throws Exception {
    RtpPortRange range = freeRange();
    try (DatagramSocket other = new DatagramSocket(new InetSocketAddress(LOOPBACK, range.first()));
        RtpSocket socket = range.allocator().open(LOOPBACK)) {
      assertThat(socket.localPort()).isEqualTo(range.first() + 2);
    }
  }

  @Test
  void badRangesAreRefusedWithTheirReason() {
    assertThatThrownBy(() -> new RtpPortRange(16_385, 16_482)).hasMessageContaining("even port");
    assertThatThrownBy(() -> new RtpPortRange(20_000, 10_000)).hasMessageContaining("lowest first");
    assertThatThrownBy(() -> new RtpPortRange(80, 100)).hasMessageContaining("1024-65535");
    assertThat(new RtpPortRange(16_384, 16_482).size()).isEqualTo(50);
  }
}
