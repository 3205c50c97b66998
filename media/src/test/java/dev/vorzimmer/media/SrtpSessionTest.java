package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.media.internal.rtp.Pacer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two of our own live sessions over real UDP on 127.0.0.1 with SRTP, a relay socket of the test in
 * between that sees the wire: the tone is not on the wire, only behind decryption; tampered and
 * replayed packets are dropped and counted, never played.
 */
class SrtpSessionTest {

  private static final int TONE_HZ = 440;

  private long now;
  private final Pacer pacer =
      new Pacer(() -> now, (deadline, clock) -> now = Math.max(now, deadline));
  private final MediaPacer mediaPacer = MediaPacer.manual(pacer);
  private DatagramSocket relay;
  private LiveSession sender;
  private LiveSession receiver;
  private RtpSocket receiverSocket;
  private final CollectingAudioSink speaker = new CollectingAudioSink();

  @BeforeEach
  void setUp() throws IOException {
    relay = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    relay.setSoTimeout(2000);
    SrtpParameters keys = keys(SrtpParameters.Suite.AES_CM_128_HMAC_SHA1_80);
    InetSocketAddress relayAddress = (InetSocketAddress) relay.getLocalSocketAddress();
    RtpEndpoint toRelay = new RtpEndpoint(relayAddress, G711.PCMU, 101, 20, false);
    sender =
        new LiveSession(
            RtpSocket.openLoopback(),
            toRelay.withSrtp(keys),
            SampleAudioSource.tone(TONE_HZ, 8000),
            new CollectingAudioSink(),
            mediaPacer,
            new LiveSessionListener() {});
    receiverSocket = RtpSocket.openLoopback();
    receiver =
        new LiveSession(
            receiverSocket,
            toRelay.withSrtp(keys.reversed()),
            SampleAudioSource.tone(1000, 0),
            speaker,
            mediaPacer,
            new LiveSessionListener() {});
    receiver.setDirection(false, true);
    sender.start();
    receiver.start();
  }

  @AfterEach
  void tearDown() {
    sender.close();
    receiver.close();
    relay.close();
  }

  private static SrtpParameters keys(SrtpParameters.Suite suite) {
    SecureRandom random = new SecureRandom();
    byte[] a = new byte[SrtpParameters.KEY_SALT_BYTES];
    byte[] b = new byte[SrtpParameters.KEY_SALT_BYTES];
    random.nextBytes(a);
    random.nextBytes(b);
    return new SrtpParameters(suite, a, b);
  }

  /** One pacer tick: the sender sends a packet; returns it as it arrived at the relay. */
  private byte[] tickAndCapture() throws IOException {
    pacer.runOnce();
    return capture();
  }

  /** The next datagram that arrived at the relay. */
  private byte[] capture() throws IOException {
    byte[] buf = new byte[2048];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    relay.receive(p);
    return Arrays.copyOf(buf, p.getLength());
  }

  private void forward(byte[] datagram) throws IOException {
    relay.send(new DatagramPacket(datagram, datagram.length, receiverSocket.localAddress()));
  }

  /**
   * The share of the signal's power at the tone's frequency (Goertzel): about 1 for the tone, near
   * 0 for noise.
   */
  private static double toneShare(short[] pcm, int from, int count) {
    double w = 2 * Math.PI * TONE_HZ / 8000.0;
    double coeff = 2 * Math.cos(w);
    double s1 = 0;
    double s2 = 0;
    double energy = 0;
    for (int i = from; i < from + count; i++) {
      double s = pcm[i] + coeff * s1 - s2;
      s2 = s1;
      s1 = s;
      energy += (double) pcm[i] * pcm[i];
    }
    double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return energy == 0 ? 0 : 2 * power / (count * energy);
  }

  private static double wireToneShare(byte[] datagram) {
    short[] pcm = new short[160];
    G711.decode(G711.PCMU, datagram, 12, 160, pcm, 0);
    return toneShare(pcm, 0, 160);
  }

  @Test
  void theToneIsOnlyRecoverableAfterDecryption() throws Exception {
    for (int i = 0; i < 5; i++) {
      byte[] wire = tickAndCapture();
      assertThat(wire)
          .as("RTP header, 160 bytes of payload, 10 bytes of authentication tag")
          .hasSize(12 + 160 + 10);
      assertThat(wireToneShare(wire))
          .as("the wire payload read as G.711 is no tone")
          .isLessThan(0.2);
      forward(wire);
    }
    pacer.runOnce();
    short[] played = speaker.await(480, java.time.Duration.ofSeconds(5));
    assertThat(toneShare(played, 160, 320))
        .as("decrypted, the receiver plays the tone")
        .isGreaterThan(0.7);
    assertThat(receiver.packetsFailingSrtp()).isZero();
  }

  @Test
  void tamperedAndReplayedPacketsAreDroppedAndCountedNeverPlayed() throws Exception {
    byte[] good = tickAndCapture();
    forward(good);
    pacer.runOnce();
    long received = receiver.packetsReceived();
    assertThat(received).isEqualTo(1);

    byte[] next = tickAndCapture();
    byte[] tampered = next.clone();
    tampered[40] ^= 0x01;
    forward(tampered);
    pacer.runOnce();
    assertThat(receiver.packetsFailingSrtp()).as("the tampered packet").isEqualTo(1);
    assertThat(receiver.packetsReceived()).isEqualTo(received);

    forward(good);
    pacer.runOnce();
    assertThat(receiver.packetsFailingSrtp()).as("the replayed packet").isEqualTo(2);
    assertThat(receiver.packetsReceived()).isEqualTo(received);

    forward(next);
    pacer.runOnce();
    assertThat(receiver.packetsReceived())
        .as("the genuine packet still passes")
        .isEqualTo(received + 1);
  }

  @Test
  void newKeysFromAReInviteApplyFromTheNextPacketOnBothSides() throws Exception {
    forward(tickAndCapture());
    pacer.runOnce();
    assertThat(receiver.packetsReceived()).isEqualTo(1);
    byte[] sentMeanwhile = capture();
    assertThat(sentMeanwhile).as("sent with the old keys").hasSize(12 + 160 + 10);

    SrtpParameters next = keys(SrtpParameters.Suite.AES_CM_128_HMAC_SHA1_32);
    sender.keysChanged(next);
    receiver.keysChanged(next.reversed());
    byte[] wire = tickAndCapture();
    assertThat(wire).as("the 32-bit tag of the new suite").hasSize(12 + 160 + 4);
    forward(wire);
    pacer.runOnce();
    assertThat(receiver.packetsReceived()).isEqualTo(2);
    assertThat(receiver.packetsFailingSrtp()).isZero();
  }

  @Test
  void aPlainRtpPacketIsNotAcceptedBySrtpSession() throws Exception {
    byte[] plain = new byte[12 + 160];
    plain[0] = (byte) 0x80;
    plain[8] = 1;
    forward(plain);
    pacer.runOnce();
    assertThat(receiver.packetsFailingSrtp()).isEqualTo(1);
    assertThat(receiver.packetsReceived()).isZero();
  }
}
