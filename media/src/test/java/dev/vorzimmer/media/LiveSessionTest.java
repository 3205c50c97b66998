package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.internal.audio.NoDevice;
import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.media.internal.rtp.Pacer;
import dev.vorzimmer.media.internal.rtp.RtpPacket;
import dev.vorzimmer.media.internal.rtp.TelephoneEvent;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One live session driven tick by tick (fake clock) against a raw UDP peer on 127.0.0.1: what is
 * sent per interval when talking, muted, held and dialling, and what reaches the speaker.
 */
class LiveSessionTest {

  private long now;
  private final Pacer pacer =
      new Pacer(() -> now, (deadline, clock) -> now = Math.max(now, deadline));
  private final MediaPacer mediaPacer = MediaPacer.manual(pacer);
  private final List<Object> events = new ArrayList<>();
  private final LiveSessionListener listener =
      new LiveSessionListener() {
        @Override
        public void devices(DeviceState state) {
          events.add(state);
        }

        @Override
        public void dtmf(Dtmf event) {
          events.add(event);
        }
      };
  private DatagramSocket peer;
  private RtpSocket socket;
  private CollectingAudioSink speaker;
  private LiveSession session;

  @BeforeEach
  void setUp() throws IOException {
    peer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    peer.setSoTimeout(2000);
    socket = RtpSocket.openLoopback();
    speaker = new CollectingAudioSink();
    RtpEndpoint endpoint =
        new RtpEndpoint(
            (InetSocketAddress) peer.getLocalSocketAddress(), G711.PCMU, 101, 20, false);
    session =
        new LiveSession(
            socket, endpoint, SampleAudioSource.tone(440, 8000), speaker, mediaPacer, listener);
  }

  @AfterEach
  void tearDown() {
    session.close();
    peer.close();
  }

  private RtpPacket tickAndReceive() throws IOException {
    pacer.runOnce();
    byte[] buf = new byte[2048];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    peer.receive(p);
    return RtpPacket.parse(ByteBuffer.wrap(buf, 0, p.getLength()));
  }

  private static double rms(byte[] ulaw) {
    short[] pcm = new short[ulaw.length];
    G711.decode(G711.PCMU, ulaw, 0, ulaw.length, pcm, 0);
    double sum = 0;
    for (short v : pcm) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum / pcm.length);
  }

  private void sendToSession(RtpPacket packet) throws IOException {
    ByteBuffer out = packet.writeTo(ByteBuffer.allocate(2048));
    peer.send(new DatagramPacket(out.array(), out.limit(), socket.localAddress()));
  }

  @Test
  void sendsTheMicrophoneOnePacketPerIntervalAndSilenceWhileMuted() throws IOException {
    session.start();
    RtpPacket first = tickAndReceive();
    assertThat(first.payload()).hasSize(160);
    assertThat(first.marker()).isTrue();
    assertThat(rms(first.payload())).as("the tone").isGreaterThan(4000);
    session.setMuted(true);
    RtpPacket muted = tickAndReceive();
    assertThat(rms(muted.payload())).as("muted: silence, but still sent").isLessThan(10);
    assertThat(muted.sequence()).isEqualTo((first.sequence() + 1) & 0xFFFF);
    assertThat(muted.timestamp()).isEqualTo(first.timestamp() + 160);
    session.setMuted(false);
    assertThat(rms(tickAndReceive().payload())).isGreaterThan(4000);
    assertThat(session.packetsSent()).isEqualTo(3);
  }

  @Test
  void sendsNothingWhileHeldAndResumesWithTheClockMovedOn() throws IOException {
    session.start();
    RtpPacket before = tickAndReceive();
    session.setHeld(true);
    for (int i = 0; i < 5; i++) {
      pacer.runOnce();
    }
    session.setHeld(false);
    RtpPacket after = tickAndReceive();
    assertThat(after.sequence())
        .as("no packets were sent while held")
        .isEqualTo((before.sequence() + 1) & 0xFFFF);
    assertThat(after.timestamp()).as("6 intervals later").isEqualTo(before.timestamp() + 6 * 160);
    assertThat(after.marker()).as("a new talkspurt").isTrue();
    assertThat(session.packetsSent()).isEqualTo(2);
  }

  @Test
  void playsThePeersAudioInTimestampOrderButNotWhileHeld() throws IOException {
    session.start();
    tickAndReceive();
    byte[] loud = new byte[160];
    java.util.Arrays.fill(loud, (byte) 0x20);
    byte[] quiet = new byte[160];
    java.util.Arrays.fill(quiet, (byte) 0xFF);
    sendToSession(new RtpPacket(G711.PCMU, false, 0, 0, 7, quiet));
    tickAndReceive();
    assertThat(speaker.size()).isEqualTo(160);
    sendToSession(new RtpPacket(G711.PCMU, false, 2, 320, 7, quiet));
    sendToSession(new RtpPacket(G711.PCMU, false, 1, 160, 7, loud));
    tickAndReceive();
    short[] played = speaker.samples();
    assertThat(played).hasSize(480);
    assertThat(Math.abs(played[160])).as("the reordered packet in its place").isGreaterThan(5000);
    assertThat(Math.abs(played[319])).isGreaterThan(5000);
    assertThat(played[320]).isZero();
    session.setHeld(true);
    sendToSession(new RtpPacket(G711.PCMU, false, 3, 480, 7, loud));
    pacer.runOnce();
    assertThat(speaker.size()).as("held: not played").isEqualTo(480);
    assertThat(session.packetsReceived()).isEqualTo(4);
  }

  @Test
  void reportsDtmfFromThePeerAndSendsOwnDigitsAsEvents() throws IOException {
    session.start();
    tickAndReceive();
    for (int i = 0; i < 3; i++) {
      sendToSession(
          new RtpPacket(
              101,
              i == 0,
              10 + i,
              8000,
              9,
              new TelephoneEvent(5, false, 10, 160 * (i + 1)).toPayload()));
    }
    session.sendDtmf('#');
    RtpPacket event = tickAndReceive();
    assertThat(events).contains(new LiveSessionListener.Dtmf('5'));
    assertThat(events.stream().filter(e -> e instanceof LiveSessionListener.Dtmf).count())
        .as("reported once")
        .isEqualTo(1);
    assertThat(event.payloadType()).isEqualTo(101);
    assertThat(TelephoneEvent.parse(event.payload()).digit()).isEqualTo('#');
  }

  @Test
  void withoutDevicesTheCallRunsAndSaysWhy() throws IOException {
    session.close();
    DeviceProblem none = new DeviceProblem(DeviceProblem.Kind.NO_DEVICE, "no sound card");
    RtpEndpoint endpoint =
        new RtpEndpoint(
            (InetSocketAddress) peer.getLocalSocketAddress(), G711.PCMA, 101, 30, false);
    socket = RtpSocket.openLoopback();
    session =
        new LiveSession(
            socket,
            endpoint,
            new NoDevice("no microphone", none),
            new NoDevice("no speaker", none),
            mediaPacer,
            listener);
    session.start();
    RtpPacket packet = tickAndReceive();
    assertThat(packet.payloadType()).isEqualTo(G711.PCMA);
    assertThat(packet.payload()).as("30 ms of silence").hasSize(240);
    LiveSessionListener.DeviceState state =
        (LiveSessionListener.DeviceState) events.get(events.size() - 1);
    assertThat(state.usable()).isFalse();
    assertThat(state.microphoneProblem()).contains(none);
    assertThat(state.speakerProblem()).contains(none);
    assertThat(session.deviceState()).isEqualTo(state);
  }

  @Test
  void stopReleasesTheDevicesOnceAndSendsNoMore() throws IOException {
    int[] closes = new int[1];
    AudioSource microphone =
        new AudioSource() {
          @Override
          public String name() {
            return "counting";
          }

          @Override
          public java.util.Optional<DeviceProblem> problem() {
            return java.util.Optional.empty();
          }

          @Override
          public int read(short[] frame) {
            return 0;
          }

          @Override
          public void close() {
            closes[0]++;
          }
        };
    session.close();
    socket = RtpSocket.openLoopback();
    session =
        new LiveSession(
            socket,
            RtpEndpoint.of((InetSocketAddress) peer.getLocalSocketAddress(), G711.PCMU),
            microphone,
            speaker,
            mediaPacer,
            listener);
    session.start();
    tickAndReceive();
    session.stop();
    session.stop();
    session.close();
    assertThat(closes[0]).isEqualTo(1);
    pacer.runOnce();
    peer.setSoTimeout(200);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> peer.receive(new DatagramPacket(new byte[2048], 2048)))
        .isInstanceOf(SocketTimeoutException.class);
  }
}
