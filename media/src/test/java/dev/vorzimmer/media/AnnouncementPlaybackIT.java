package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.internal.rtp.G711;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The "not available" intercept sent as a call's RTP (as it would go out as early media) over real
 * UDP on 127.0.0.1, decoded at the receiver: the three SIT frequencies arrive in order, then the
 * announcement.
 */
class AnnouncementPlaybackIT {

  private static final int PACKETS = 100; // 2 s: the SIT (0.93 s) and the start of the announcement

  @Test
  void theCallerHearsTheThreeSitTonesInOrderThenSpeech() throws Exception {
    try (MediaPacer pacer = MediaPacer.start();
        TestCaller peer = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback()) {
      RtpEndpoint ep =
          new RtpEndpoint(
              new InetSocketAddress(peer.address().getAddress(), peer.address().getPort()),
              G711.PCMA,
              101,
              20,
              false);
      try (PlaybackSession session =
          new PlaybackSession(socket, ep, Announcements.notAvailable(Locale.GERMAN), pacer)) {
        session.start();
        List<TestCaller.Arrival> got = peer.awaitArrivals(PACKETS, Duration.ofSeconds(10));
        assertThat(got).hasSizeGreaterThanOrEqualTo(PACKETS);
        short[] heard = decodeInOrder(got.subList(0, PACKETS));

        List<int[]> tones =
            AnnouncementsTest.sitRuns(heard).stream().filter(r -> r[0] >= 0 && r[1] >= 5).toList();
        assertThat(tones).extracting(r -> r[0]).containsExactly(0, 1, 2);
        assertThat(tones)
            .extracting(r -> r[1] * 20)
            .allSatisfy(ms -> assertThat(ms).isBetween(240, 400));
        short[] afterTones = java.util.Arrays.copyOfRange(heard, 8 * 930, heard.length);
        assertThat(Signals.rms(afterTones)).as("the announcement follows").isGreaterThan(300);
      }
    }
  }

  private static short[] decodeInOrder(List<TestCaller.Arrival> arrivals) {
    int first = arrivals.get(0).packet().sequence();
    List<TestCaller.Arrival> sorted =
        arrivals.stream()
            .sorted(Comparator.comparingInt(a -> (a.packet().sequence() - first) & 0xFFFF))
            .toList();
    short[] out = new short[sorted.size() * 160];
    for (int i = 0; i < sorted.size(); i++) {
      byte[] payload = sorted.get(i).packet().payload();
      G711.decode(G711.PCMA, payload, 0, payload.length, out, i * 160);
    }
    return out;
  }
}
