package dev.vorzimmer.app.voicemail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.media.AnsweringMachineSettings;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.MediaPlan;
import dev.vorzimmer.testsupport.audio.ToneDevices;
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

/**
 * A live call's audio over real UDP on 127.0.0.1: the microphone reaches the peer, mute silences
 * it, the peer reaches the speaker, and the keypad sends RFC 4733 — only while the call is live.
 */
class CallAudioLiveCallsTest {
  private static final int EVENT_PT = 101;
  private MediaPacer pacer;
  private ScheduledExecutorService io;
  private DatagramSocket peer;
  private CallAudio audio;
  private final ToneDevices devices = new ToneDevices(1000);

  @BeforeEach
  void start() throws Exception {
    pacer = MediaPacer.start();
    io = Executors.newSingleThreadScheduledExecutor();
    peer = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    peer.setSoTimeout(5000);
    audio =
        new CallAudio(
            null,
            null,
            AnsweringMachineSettings.defaults(),
            new DiskGuard(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), 0, 1_000_000),
            pacer,
            io,
            id -> {},
            new LiveCallAudio(pacer, io, Greeting.of(new short[0]), SoundDevices.of(devices)));
  }

  @AfterEach
  void stop() {
    pacer.close();
    io.shutdownNow();
    peer.close();
  }

  private MediaPlan plan(OptionalInt events) {
    return new MediaPlan(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), peer.getLocalPort()),
        0,
        "PCMU",
        events,
        20,
        true,
        true);
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
      assertThatThrownBy(() -> audio.sendDtmf("c1", 'x'))
          .isInstanceOf(IllegalArgumentException.class);
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

  @Test
  void theMicrophoneReachesThePeerMuteSilencesItAndThePeersAudioReachesTheSpeaker()
      throws Exception {
    try (CallMedia.MediaLeg leg = audio.prepare("c3", "127.0.0.1")) {
      leg.start(plan(OptionalInt.of(EVENT_PT)), CallMedia.Purpose.LIVE, "");
      assertThat(awaitVoicePacket(true)).as("the microphone's tone, µ-law encoded").isNotNull();
      assertThat(audio.setMuted("c3", true)).isTrue();
      assertThat(awaitVoicePacket(false)).as("silence while muted").isNotNull();
      byte[] tone = new byte[160];
      for (int i = 0; i < tone.length; i++) {
        tone[i] =
            (byte) G711.linearToUlaw((int) (8000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0)));
      }
      InetSocketAddress ours =
          new InetSocketAddress(InetAddress.getLoopbackAddress(), leg.localPort());
      for (int k = 0; k < 50; k++) {
        byte[] packet = new byte[12 + 160];
        packet[0] = (byte) 0x80;
        packet[2] = (byte) (k >> 8);
        packet[3] = (byte) k;
        int ts = 160 * k;
        packet[4] = (byte) (ts >>> 24);
        packet[5] = (byte) (ts >>> 16);
        packet[6] = (byte) (ts >>> 8);
        packet[7] = (byte) ts;
        packet[11] = 7;
        System.arraycopy(tone, 0, packet, 12, 160);
        peer.send(new DatagramPacket(packet, packet.length, ours));
      }
      short[] heard = devices.speaker().await(1600, java.time.Duration.ofSeconds(5));
      assertThat(ToneDevices.peak(heard))
          .as("the caller's tone on the speaker")
          .isGreaterThan(4000);
    }
  }

  private MediaPlan direction(boolean sending, boolean receiving) {
    MediaPlan p = plan(OptionalInt.of(EVENT_PT));
    return new MediaPlan(
        p.remote(),
        p.payloadType(),
        p.encoding(),
        p.telephoneEventPayloadType(),
        p.ptimeMillis(),
        sending,
        receiving);
  }

  @Test
  void holdStopsTheMicrophoneOnTheWireForOurHoldAndThePeersAndResumeBringsItBack()
      throws Exception {
    try (CallMedia.MediaLeg leg = audio.prepare("c4", "127.0.0.1")) {
      leg.start(plan(OptionalInt.of(EVENT_PT)), CallMedia.Purpose.LIVE, "");
      assertThat(awaitVoicePacket(true)).as("the microphone before hold").isNotNull();

      // we hold: our offer a=sendonly, the peer answers recvonly (we would only send; we have
      // nothing to send)
      leg.update(direction(true, false));
      assertNothingArrivesAfterDraining();
      leg.update(direction(true, true));
      byte[] resumed = awaitVoicePacket(true);
      assertThat(resumed).as("the microphone after resuming").isNotNull();

      // the peer holds: its offer a=sendonly, our answer recvonly (RFC 3264: we must not send)
      leg.update(direction(false, true));
      assertNothingArrivesAfterDraining();
      // and a=inactive
      leg.update(direction(false, false));
      assertNothingArrivesAfterDraining();
      leg.update(direction(true, true));
      DatagramPacket first = new DatagramPacket(new byte[1500], 1500);
      peer.receive(first);
      assertThat(first.getData()[1] & 0x80)
          .as("the first packet after hold starts a talkspurt (marker)")
          .isEqualTo(0x80);
      assertThat(awaitVoicePacket(true)).isNotNull();
    }
  }

  @Test
  void aReInviteWithANewAddressMovesTheStreamThere() throws Exception {
    try (CallMedia.MediaLeg leg = audio.prepare("c5", "127.0.0.1");
        DatagramSocket moved = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      moved.setSoTimeout(5000);
      leg.start(plan(OptionalInt.of(EVENT_PT)), CallMedia.Purpose.LIVE, "");
      assertThat(awaitVoicePacket(true)).isNotNull();
      leg.update(
          new MediaPlan(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), moved.getLocalPort()),
              0,
              "PCMU",
              OptionalInt.of(EVENT_PT),
              20,
              true,
              true));
      DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
      moved.receive(p);
      assertThat(p.getLength()).as("RTP now goes to the new address").isEqualTo(12 + 160);
    }
  }

  /**
   * Packets already on their way when hold took effect (at most a few) are read; then nothing may
   * arrive for a second (50 packet intervals).
   */
  private void assertNothingArrivesAfterDraining() throws Exception {
    peer.setSoTimeout(300);
    try {
      for (int i = 0; i < 20; i++) {
        peer.receive(new DatagramPacket(new byte[1500], 1500));
      }
      throw new AssertionError("RTP keeps arriving while on hold");
    } catch (java.net.SocketTimeoutException drained) {
      peer.setSoTimeout(1000);
      try {
        DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
        peer.receive(p);
        throw new AssertionError("an RTP packet arrived while on hold");
      } catch (java.net.SocketTimeoutException expected) {
        // nothing was sent while held
      }
    } finally {
      peer.setSoTimeout(5000);
    }
  }

  /**
   * Reads voice packets until one is loud ({@code loud}) or silent; the socket timeout bounds the
   * wait.
   */
  private byte[] awaitVoicePacket(boolean loud) throws Exception {
    for (int i = 0; i < 500; i++) {
      DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
      peer.receive(p);
      if ((p.getData()[1] & 0x7f) != 0) {
        continue;
      }
      int max = 0;
      for (int j = 12; j < p.getLength(); j++) {
        max = Math.max(max, Math.abs(G711.ulawToLinear(p.getData()[j] & 0xff)));
      }
      if (loud ? max > 4000 : max < 200) {
        return p.getData();
      }
    }
    return null;
  }

  /**
   * Reads packets (silence first) until one carries {@code pt}; the socket timeout bounds the wait.
   */
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
