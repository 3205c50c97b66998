package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.internal.rtp.G711;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A headless call's audio over real UDP on 127.0.0.1: the recording, then silence, both ways
 * counted.
 */
class PlaybackSessionIT {

  private static short[] tone(int samples) {
    short[] s = new short[samples];
    for (int i = 0; i < samples; i++) {
      s[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
    }
    return s;
  }

  @Test
  void playsTheRecordingThenSilenceIn160BytePackets() throws Exception {
    short[] audio = tone(8000 / 2); // 0.5 s = 25 packets
    try (MediaPacer pacer = MediaPacer.start();
        TestCaller peer = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      RtpEndpoint ep =
          new RtpEndpoint(
              new InetSocketAddress(peer.address().getAddress(), peer.address().getPort()),
              G711.PCMU,
              101,
              20,
              false);
      try (PlaybackSession session = new PlaybackSession(socket, ep, Greeting.of(audio), pacer)) {
        session.start();
        List<TestCaller.Arrival> got = peer.awaitArrivals(40, Duration.ofSeconds(10));
        assertThat(got).hasSizeGreaterThanOrEqualTo(40);
        assertThat(got)
            .allSatisfy(
                a -> {
                  assertThat(a.packet().payloadType()).isEqualTo(G711.PCMU);
                  assertThat(a.packet().payload()).hasSize(160);
                });
        short[] first = new short[160];
        G711.decode(G711.PCMU, got.get(1).packet().payload(), 0, 160, first, 0);
        assertThat(rms(first)).as("recording is sent").isGreaterThan(3000);
        short[] later = new short[160];
        G711.decode(G711.PCMU, got.get(35).packet().payload(), 0, 160, later, 0);
        assertThat(rms(later)).as("then silence").isLessThan(50);

        peer.target(socket.localPort());
        peer.sendAudio(G711.PCMU, tone(1600), 0, () -> false);
        assertThat(session.packetsReceived()).isPositive();
      }
    }
  }

  private static double rms(short[] s) {
    double sum = 0;
    for (short v : s) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum / s.length);
  }
}
