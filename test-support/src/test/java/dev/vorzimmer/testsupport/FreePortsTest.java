package dev.vorzimmer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class FreePortsTest {

  @Test
  void findsDistinctPortsThatCanBeBoundForUdpAndTcp() {
    int[] ports = FreePorts.udpAndTcp(3);

    assertThat(ports).hasSize(3).doesNotHaveDuplicates();
    for (int port : ports) {
      assertThat(FreePorts.isFree(port)).isTrue();
    }
  }

  @Test
  void aPortBoundForUdpIsNotFree() throws Exception {
    try (DatagramSocket udp =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      assertThat(FreePorts.isFree(udp.getLocalPort())).isFalse();
    }
  }
}
