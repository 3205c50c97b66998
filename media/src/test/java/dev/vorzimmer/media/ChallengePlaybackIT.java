package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.media.internal.rtp.RtpPacket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The challenge's audio over real UDP on 127.0.0.1: the prompt session reports the caller's RFC
 * 4733 key press once (start, interim and end packets), malformed events are ignored; the ringback
 * keeps its cadence beyond one period.
 */
class ChallengePlaybackIT {

  private static RtpEndpoint endpointTo(TestCaller peer) {
    return new RtpEndpoint(
        new InetSocketAddress(peer.address().getAddress(), peer.address().getPort()),
        G711.PCMU,
        101,
        20,
        false);
  }

  @Test
  void aKeyPressDuringThePromptIsReportedOnceAndGarbageIsIgnored() throws Exception {
    BlockingQueue<Character> digits = new LinkedBlockingQueue<>();
    Greeting prompt = ChallengePrompt.of(Locale.GERMAN, '5');
    try (MediaPacer pacer = MediaPacer.start();
        TestCaller peer = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback();
        PlaybackSession session =
            new PlaybackSession(socket, endpointTo(peer), prompt, pacer).onDigit(digits::add)) {
      session.start();
      peer.awaitArrivals(5, Duration.ofSeconds(5));
      peer.target(socket.localPort());

      peer.sendDtmf(101, '5', 8000);
      Character got = digits.poll(5, TimeUnit.SECONDS);
      assertThat(got).isEqualTo('5');
      assertThat(digits.poll(500, TimeUnit.MILLISECONDS)).as("reported once").isNull();

      peer.sendPacket(new RtpPacket(101, false, 7, 9000, 0x5EED, new byte[] {1, 2}));
      peer.sendDtmf(101, '3', 12000);
      assertThat(digits.poll(5, TimeUnit.SECONDS))
          .as("still listening after garbage")
          .isEqualTo('3');
    }
  }

  private static short[] tones(double hz1, double hz2, int samples) {
    short[] s = new short[samples];
    for (int i = 0; i < samples; i++) {
      double t = i / 8000.0;
      s[i] =
          (short) (6000 * Math.sin(2 * Math.PI * hz1 * t) + 6000 * Math.sin(2 * Math.PI * hz2 * t));
    }
    return s;
  }

  @Test
  void aFaxCallingToneIsHeardButDtmfLikeChordsAreNot() throws Exception {
    java.util.concurrent.CountDownLatch fax = new java.util.concurrent.CountDownLatch(1);
    try (MediaPacer pacer = MediaPacer.start();
        TestCaller peer = new TestCaller();
        RtpSocket socket = RtpSocket.openLoopback();
        PlaybackSession session =
            new PlaybackSession(socket, endpointTo(peer), Greeting.of(new short[0]), pacer)
                .onFaxTone(fax::countDown)) {
      session.start();
      peer.target(socket.localPort());

      peer.sendAudio(G711.PCMU, tones(770, 1336, 8000), 0, () -> false);
      assertThat(fax.getCount()).as("a key chord for 1 s is not a fax").isEqualTo(1);
      peer.sendAudio(G711.PCMU, tones(1100, 1100, 4800), 8000, () -> false);

      assertThat(fax.await(5, TimeUnit.SECONDS)).as("CNG 1100 Hz heard").isTrue();
    }
  }

  @Test
  void thePromptSaysPressThenTheDigitAndTheRingbackRepeatsItsCadence() {
    Greeting once = ChallengePrompt.of(Locale.ENGLISH, '7');
    Greeting withWaits = ChallengePrompt.withWaits(once, Duration.ofSeconds(6), 1);
    assertThat(once.duration()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
    assertThat(withWaits.length()).isEqualTo(2 * (once.length() + 6 * 8000));
    assertThat(withWaits.sample(once.length() + 6 * 8000 + 4000))
        .as("the repeat")
        .isEqualTo(once.sample(4000));
    assertThat(ChallengePrompt.of(Locale.ENGLISH, '7').samples())
        .isNotEqualTo(ChallengePrompt.of(Locale.ENGLISH, '8').samples());
    Greeting ringback = ChallengePrompt.ringback();
    assertThat(ringback.duration()).isEqualTo(Duration.ofSeconds(5));
    assertThat(Math.abs(ringback.sample(400))).isPositive();
    assertThat(ringback.sample(8000 + 400)).isZero();
  }
}
