package dev.vorzimmer.app.voicemail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.ChallengeTiming;
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
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A challenged call's audio over real UDP on 127.0.0.1: the prompt, the caller's key press, the
 * ringback and then the live call all run on one RTP port (the port in the SDP answer), each as a
 * new stream (new SSRC).
 */
class CallAudioChallengeTest {
  private MediaPacer pacer;
  private ScheduledExecutorService io;
  private DatagramSocket peer;
  private CallAudio audio;
  @org.junit.jupiter.api.io.TempDir java.nio.file.Path greetingsDir;

  @BeforeEach
  void start() throws Exception {
    pacer = MediaPacer.start();
    io = Executors.newSingleThreadScheduledExecutor();
    peer = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    peer.setSoTimeout(5000);
    audio =
        new CallAudio(
            new Greetings(greetingsDir, java.util.List.of("de")),
            null,
            AnsweringMachineSettings.defaults(),
            new DiskGuard(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir")), 0, 1_000_000),
            pacer,
            io,
            id -> {},
            new LiveCallAudio(
                pacer, io, Greeting.of(new short[0]), SoundDevices.of(new ToneDevices(1000))));
  }

  @AfterEach
  void stop() {
    pacer.close();
    io.shutdownNow();
    peer.close();
  }

  @Test
  void promptRingbackAndLiveShareOnePortAndTheKeyPressIsHeard() throws Exception {
    BlockingQueue<Character> digits = new LinkedBlockingQueue<>();
    MediaPlan plan =
        new MediaPlan(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), peer.getLocalPort()),
            0,
            "PCMU",
            OptionalInt.of(101),
            20,
            true,
            true);
    try (CallMedia.MediaLeg leg = audio.prepare("c1", "127.0.0.1")) {
      leg.onDigit(digits::add);
      leg.start(plan, CallMedia.Purpose.CHALLENGE, ChallengeTiming.promptId("en", '5'));
      DatagramPacket prompt = awaitLoud();
      assertThat(prompt.getPort()).as("sent from the SDP port").isEqualTo(leg.localPort());

      sendKey(leg.localPort(), 5);
      assertThat(digits.poll(5, TimeUnit.SECONDS)).isEqualTo('5');

      leg.switchTo(CallMedia.Purpose.RINGBACK, "");
      DatagramPacket ringback = awaitNewStream(ssrc(prompt));
      assertThat(ringback.getPort()).isEqualTo(leg.localPort());

      leg.switchTo(CallMedia.Purpose.LIVE, "");
      DatagramPacket live = awaitNewStream(ssrc(ringback));
      assertThat(live.getPort()).isEqualTo(leg.localPort());
      assertThat(audio.sendDtmf("c1", '1')).as("the call is live now").isTrue();
    }
  }

  /**
   * The user's own prompt beginning (here a 1633 Hz tone, which no bundled prompt holds) is what
   * the caller receives in RTP; after a reset to the bundled prompt it is gone again.
   */
  @Test
  void theCallerHearsTheUsersRecordedPromptAndAfterAResetTheBundledOne() throws Exception {
    short[] tone = new short[8000];
    for (int i = 0; i < tone.length; i++) {
      tone[i] = (short) (12000 * Math.sin(2 * Math.PI * TONE_HZ * i / 8000.0));
    }
    java.nio.file.Path own = greetingsDir.resolve("challenge-en.wav");
    dev.vorzimmer.media.WavAudio.write(own, tone);

    assertThat(toneShareOfPrompt("c2")).as("the recorded prompt").isGreaterThan(0.8);

    java.nio.file.Files.delete(own);
    assertThat(toneShareOfPrompt("c3")).as("the bundled prompt").isLessThan(0.2);
  }

  private static final double TONE_HZ = 1633;

  private void drainPeer() throws Exception {
    peer.setSoTimeout(300);
    try {
      while (true) {
        receive();
      }
    } catch (java.net.SocketTimeoutException quiet) {
      // nothing left
    } finally {
      peer.setSoTimeout(5000);
    }
  }

  /**
   * Of the first 0.6 s of audible prompt the caller receives: the share of 1633 Hz in its energy.
   */
  private double toneShareOfPrompt(String callId) throws Exception {
    MediaPlan plan =
        new MediaPlan(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), peer.getLocalPort()),
            0,
            "PCMU",
            OptionalInt.of(101),
            20,
            true,
            true);
    drainPeer(); // packets of an earlier call
    try (CallMedia.MediaLeg leg = audio.prepare(callId, "127.0.0.1")) {
      leg.start(plan, CallMedia.Purpose.CHALLENGE, ChallengeTiming.promptId("en", '5'));
      DatagramPacket first = awaitLoud();
      java.util.List<Short> pcm = new java.util.ArrayList<>();
      DatagramPacket p = first;
      while (pcm.size() < 4800) {
        if ((p.getData()[1] & 0x7f) == 0 && ssrc(p) == ssrc(first)) {
          for (int j = 12; j < p.getLength(); j++) {
            pcm.add(G711.ulawToLinear(p.getData()[j] & 0xff));
          }
        }
        p = receive();
      }
      double total = 0;
      for (short v : pcm) {
        total += (double) v * v;
      }
      double w = 2 * Math.PI * TONE_HZ / 8000.0;
      double re = 0;
      double im = 0;
      for (int i = 0; i < pcm.size(); i++) {
        re += pcm.get(i) * Math.cos(w * i);
        im += pcm.get(i) * Math.sin(w * i);
      }
      double toneEnergy = 2 * (re * re + im * im) / pcm.size();
      return total == 0 ? 0 : toneEnergy / total;
    }
  }

  /** A key press as three RFC 4733 packets (the last one ends it). */
  private void sendKey(int port, int event) throws Exception {
    for (int i = 0; i < 3; i++) {
      ByteBuffer b = ByteBuffer.allocate(16);
      b.put((byte) 0x80).put((byte) 101).putShort((short) i).putInt(1234).putInt(0x5EED);
      b.put((byte) event).put((byte) (i == 2 ? 0x8a : 0x0a)).putShort((short) (160 * (i + 1)));
      peer.send(
          new DatagramPacket(
              b.array(), 16, new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
    }
  }

  private DatagramPacket awaitLoud() throws Exception {
    for (int i = 0; i < 500; i++) {
      DatagramPacket p = receive();
      int max = 0;
      for (int j = 12; j < p.getLength(); j++) {
        max = Math.max(max, Math.abs(G711.ulawToLinear(p.getData()[j] & 0xff)));
      }
      if ((p.getData()[1] & 0x7f) == 0 && max > 2000) {
        return p;
      }
    }
    throw new AssertionError("no audible packet");
  }

  private DatagramPacket awaitNewStream(int oldSsrc) throws Exception {
    for (int i = 0; i < 500; i++) {
      DatagramPacket p = receive();
      if (ssrc(p) != oldSsrc) {
        return p;
      }
    }
    throw new AssertionError("the stream did not change");
  }

  private DatagramPacket receive() throws Exception {
    DatagramPacket p = new DatagramPacket(new byte[1500], 1500);
    peer.receive(p);
    return p;
  }

  private static int ssrc(DatagramPacket p) {
    return ByteBuffer.wrap(p.getData(), 8, 4).getInt();
  }
}
