package dev.vorzimmer.app.voicemail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.MediaPlan;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mute and keypad reach a live call's RTP session over real UDP on 127.0.0.1, and only while it is live. */
class CallAudioLiveCallsTest {
  private static final int EVENT_PT = 101;
  private MediaPacer pacer;
  private ScheduledExecutorService io;
  private DatagramSocket peer;
  private CallAudio audio;

  @BeforeEach
  void start() throws Exception {
    pacer = MediaPacer.start();
    io = Executors.newSingleThreadScheduledExecutor();
    peer = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    peer.setSoTimeout(5000);
    audio = new CallAudio(null, null, AnsweringMachineSettings.defaults(), pacer, io, id -> { }, Greeting.of(new short[0]));
  }

  @AfterEach
  void stop() {
    pacer.close();
    io.shutdownNow();
    peer.close();
  }

  private MediaPlan plan(OptionalInt events) {
    return new MediaPlan(new InetSocketAddress(InetAddress.getLoopbackAddress(), peer.getLocalPort()), 0, "PCMU",
        events, 20, true, true);
  }

  @Test
  void aKeypadDigitOnALiveCallArrivesAsTelephoneEvent() throws Exception {
    try (CallMedia.MediaLeg leg = audio.prepare("c1", "127.0.0.1")) {
      assertThat(audio.sendDtmf("c1", '5')).as("not started yet").isFalse();
      leg.start(plan(OptionalInt.of(EVENT_PT)), CallMedia.Purpose.LIVE, "");
      assertThat(audio.setMuted("c1", true)).isTrue();
      assertThat(audio.sendDtmf("c1", '5')).isTrue();
      byte[] event = awaitPacketWithPayloadType(EVENT_PT);
      assertThat(event[12]).as("RFC 4733 event code of digit 5").isEqualTo((byte) 5);
      assertThatThrownBy(() -> audio.sendDtmf("c1", 'x')).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(audio.sendDtmf("c1", '5')).as("after the call ended").isFalse();
    assertThat(audio.setMuted("c1", false)).isFalse();
  }

  @Test
  void aPeerWithoutTelephoneEventGetsNoDigitsAndUnknownCallsAreRefused() throws Exception {
    try (CallMedia.MediaLeg leg = audio.prepare("c2", "127.0.0.1")) {
      leg.start(plan(OptionalInt.empty()), CallMedia.Purpose.LIVE, "");
      assertThat(audio.sendDtmf("c2", '1')).isFalse();
      assertThat(audio.setMuted("c2", true)).isTrue();
    }
    assertThat(audio.setMuted("nobody", true)).isFalse();
  }

  /** Reads packets (silence first) until one carries {@code pt}; the socket timeout bounds the wait. */
  private byte[] awaitPacketWithPayloadType(int pt) throws Exception {
    for (int i = 0; i < 500; i++) {
      DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
      peer.receive(p);
      if ((p.getData()[1] & 0x7f) == pt) {
        byte[] copy = new byte[p.getLength()];
        System.arraycopy(p.getData(), 0, copy, 0, p.getLength());
        return copy;
      }
    }
    throw new AssertionError("no packet with payload type " + pt + " among 500");
  }
}
