package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A burst of requests arriving at once (a robot dialling a number range, a scanner, a provider
 * forwarding a queue) is not lost in the phone's UDP socket: every request is answered without the
 * sender having to retransmit. JAIN-SIP sizes that socket's receive buffer to 64 KiB unless told
 * otherwise: of 500 OPTIONS sent back to back about 370 were answered, the kernel dropped the rest,
 * and a real sender would have got its answer only with its retransmission 500 ms later. With the
 * buffer a default Debian grants (net.core.rmem_max 208 KiB) about 850 of 1,000 get through.
 */
class UdpBurstIT {

  private static final int BURST = 500;
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void aBurstOfFiveHundredRequestsSentAtOnceIsAnsweredInFullWithoutRetransmission()
      throws Exception {
    int port = FreePorts.udpAndTcp();
    InetSocketAddress phone = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try (SipAgent agent = new SipAgent(new SipSettings("127.0.0.1", port, Optional.empty()));
        DatagramSocket sender = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      agent.start();
      // our own socket must not be the one that drops the answers
      sender.setReceiveBufferSize(4 << 20);
      Future<Set<String>> answered = reader.submit(() -> answeredCallIds(sender));

      for (int i = 0; i < BURST; i++) {
        byte[] bytes = options(agent.localUri(), sender.getLocalPort(), i);
        sender.send(new DatagramPacket(bytes, bytes.length, phone));
      }

      assertThat(answered.get())
          .as("requests answered 200 of %d sent at once", BURST)
          .hasSize(BURST);
    } finally {
      reader.shutdownNow();
    }
  }

  /** The Call-IDs of the 200 responses received until all came or none came for two seconds. */
  private static Set<String> answeredCallIds(DatagramSocket socket) throws Exception {
    Set<String> ids = new HashSet<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    byte[] buffer = new byte[65_536];
    while (ids.size() < BURST && System.nanoTime() < deadline) {
      socket.setSoTimeout(2_000);
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        return ids; // two quiet seconds: the rest is lost (a sender would retransmit now)
      }
      String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      if (text.startsWith("SIP/2.0 200")) {
        text.lines()
            .filter(l -> l.regionMatches(true, 0, "Call-ID:", 0, 8))
            .findFirst()
            .ifPresent(l -> ids.add(l.substring(8).strip()));
      }
    }
    return ids;
  }

  private static byte[] options(String uri, int from, int n) {
    String message =
        "OPTIONS "
            + uri
            + " SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:"
            + from
            + ";branch=z9hG4bKburst"
            + n
            + ";rport\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: <sip:scanner@127.0.0.1:"
            + from
            + ">;tag=b"
            + n
            + "\r\n"
            + "To: <"
            + uri
            + ">\r\n"
            + "Call-ID: burst-"
            + n
            + "@127.0.0.1\r\n"
            + "CSeq: 1 OPTIONS\r\n"
            + "Contact: <sip:scanner@127.0.0.1:"
            + from
            + ">\r\n"
            + "Content-Length: 0\r\n\r\n";
    return message.getBytes(StandardCharsets.US_ASCII);
  }
}
