package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code media_encryption = "required"} against real peers through Kamailio: baresip calling with
 * SRTP ({@code mediaenc=srtp-mand}) leaves a message that holds its tone, while tshark on the
 * loopback interface sees only SRTP (no recoverable G.711 tone, an authentication tag on every
 * packet) in both directions; a plain RTP offer (SIPp) is refused with 488 and a Warning.
 */
class SrtpCallIT {
  private static final int TONE_HZ = 600;
  private PhoneFixture f;

  @BeforeEach
  void start() throws Exception {
    f = PhoneFixture.create("media_encryption = \"required\"", "", 300);
    f.startPhone();
  }

  @AfterEach
  void stop() throws Exception {
    f.close();
  }

  private static short[] tone(int seconds) {
    short[] s = new short[seconds * 8000];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) (8000 * Math.sin(2 * Math.PI * TONE_HZ * i / 8000.0));
    }
    return s;
  }

  /**
   * Share of the power at the tone's frequency (Goertzel): about 1 for the tone, near 0 for noise.
   */
  static double toneShare(short[] pcm, int from, int count) {
    double coeff = 2 * Math.cos(2 * Math.PI * TONE_HZ / 8000.0);
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

  static double wireToneShare(byte[] rtp) {
    short[] pcm = new short[160];
    G711.decode(G711.PCMU, rtp, 12, 160, pcm, 0);
    return toneShare(pcm, 0, 160);
  }

  @Test
  void baresipsSrtpCallLeavesAMessageWithItsToneWhileTheWireCarriesOnlySrtp() throws Exception {
    assumeTrue(
        BaresipCaller.installed() && LoopbackCapture.installed(),
        "baresip-core and tshark are installed by scripts/test");
    int rtpLow = evenFreeRange();
    String target = "sip:alice@127.0.0.1:" + f.kamailio.trunkPort();
    try (LoopbackCapture capture =
            LoopbackCapture.start(f.work.resolve("capture"), rtpLow, rtpLow + 9, 40);
        BaresipCaller caller =
            BaresipCaller.call(
                f.work.resolve("baresip"),
                "+491701112299",
                target,
                tone(20),
                FreePorts.udpAndTcp(),
                rtpLow,
                14)) {
      String saved =
          f.phone.awaitLine(l -> l.startsWith("new message "), PhoneFixture.LINE_TIMEOUT);
      assertThat(saved)
          .as(() -> f.phone.transcript() + "\n" + caller.logTail())
          .isNotNull()
          .contains("+491701112299");
      List<LoopbackCapture.Datagram> wire = capture.stop();

      long id = Long.parseLong(saved.split(" ")[2]);
      Path exported = f.work.resolve("message.wav");
      f.cli("messages", "export", String.valueOf(id), exported.toString());
      short[] recorded = WavSamples.read(exported);
      assertThat(recorded.length)
          .as("at least 2 s recorded: %s", caller.logTail())
          .isGreaterThan(16000);
      assertThat(toneShare(recorded, 4000, 8000))
          .as("the message holds baresip's tone")
          .isGreaterThan(0.6);

      List<LoopbackCapture.Datagram> fromCaller =
          wire.stream()
              // baresip picks any even port of its range rtpLow..rtpLow+9 for RTP
              .filter(
                  d ->
                      d.sourcePort() % 2 == 0
                          && d.sourcePort() >= rtpLow
                          && d.sourcePort() <= rtpLow + 9)
              .filter(d -> d.payload().length > 12 && (d.payload()[1] & 0x7f) == 0)
              .toList();
      List<LoopbackCapture.Datagram> toCaller =
          wire.stream()
              .filter(
                  d ->
                      d.destinationPort() % 2 == 0
                          && d.destinationPort() >= rtpLow
                          && d.destinationPort() <= rtpLow + 9)
              .filter(d -> d.payload().length > 12 && (d.payload()[1] & 0x7f) == 0)
              .toList();
      assertThat(fromCaller).as("baresip's RTP was captured").hasSizeGreaterThan(100);
      assertThat(toCaller).as("our RTP was captured").hasSizeGreaterThan(100);
      for (List<LoopbackCapture.Datagram> direction : List.of(fromCaller, toCaller)) {
        assertThat(direction)
            .allSatisfy(
                d -> assertThat(d.payload()).as("12 + 160 + 10-byte SRTP tag").hasSize(182));
        long toneLike = direction.stream().filter(d -> wireToneShare(d.payload()) > 0.5).count();
        assertThat(toneLike)
            .as("packets whose payload reads as the tone")
            .isLessThan(direction.size() / 20 + 1);
      }
      // The call log's outcome is written on the phone's store lane after the call ended; stopping
      // the phone
      // drains that lane, so the row is complete when we read it.
      assertThat(f.phone.terminate(java.time.Duration.ofSeconds(15)))
          .as(f.phone::transcript)
          .isZero();
      JsonNode calls = new ObjectMapper().readTree(f.cli("calls", "--json"));
      assertThat(calls)
          .anySatisfy(
              c -> {
                assertThat(c.get("number").asText()).isEqualTo("+491701112299");
                assertThat(c.get("encrypted").asText()).isEqualTo("srtp");
                assertThat(c.get("encryption").get("media").asText()).isEqualTo("srtp");
                assertThat(c.get("encryption").get("signalling").asText()).isEqualTo("plain");
              });
      caller.awaitExit(20);
    }
  }

  @Test
  void anOutgoingCallToBaresipRunsSrtpBothWays() throws Exception {
    assumeTrue(
        BaresipCaller.installed() && LoopbackCapture.installed(),
        "baresip-core and tshark are installed by scripts/test");
    int rtpLow = evenFreeRange();
    int sipPort = FreePorts.udpAndTcp();
    Path play = f.work.resolve("play.wav");
    Files.write(play, BaresipCaller.wav(tone(6)));
    try (LoopbackCapture capture =
            LoopbackCapture.start(f.work.resolve("capture-out"), rtpLow, rtpLow + 9, 40);
        BaresipCaller callee =
            BaresipCaller.answer(
                f.work.resolve("baresip-callee"), "uas-" + sipPort, tone(20), sipPort, rtpLow, 14);
        PhoneProcess call =
            PhoneProcess.start(
                f.work,
                "call",
                "sip:uas-" + sipPort + "@" + f.kamailio.domain(),
                "--play",
                play.toString(),
                "--home",
                f.home.toString())) {
      String active = call.awaitLine(l -> l.startsWith("active"), PhoneFixture.LINE_TIMEOUT);
      assertThat(active)
          .as(() -> call.transcript() + "\n" + callee.logTail())
          .isNotNull()
          .contains("[SRTP]");
      String ended = call.awaitLine(l -> l.startsWith("ended"), PhoneFixture.LINE_TIMEOUT);
      assertThat(ended).as(() -> call.transcript() + "\n" + callee.logTail()).isNotNull();
      List<LoopbackCapture.Datagram> wire = capture.stop();
      List<LoopbackCapture.Datagram> toCallee =
          wire.stream()
              .filter(
                  d ->
                      d.destinationPort() % 2 == 0
                          && d.destinationPort() >= rtpLow
                          && d.destinationPort() <= rtpLow + 9)
              .filter(d -> d.payload().length > 12 && (d.payload()[1] & 0x7f) == 0)
              .toList();
      assertThat(toCallee).as("our RTP was captured").hasSizeGreaterThan(100);
      assertThat(toCallee)
          .allSatisfy(d -> assertThat(d.payload()).as("12 + 160 + 10-byte SRTP tag").hasSize(182));
      assertThat(toCallee.stream().filter(d -> wireToneShare(d.payload()) > 0.5).count())
          .as("packets whose payload reads as the played tone")
          .isLessThan(toCallee.size() / 20 + 1);
      String log = callee.log();
      assertThat(log).contains("SRTP is Enabled").doesNotContain("failed to decrypt RTP");
    }
  }

  @Test
  void aPlainRtpOfferIsRefusedWith488() throws Exception {
    assumeTrue(SippCaller.installed());
    f.assertCall(
        f.caller()
            .from("+491701112288", "")
            .expectStatus(488)
            .callTo("127.0.0.1", f.kamailio.trunkPort()));
    String ended =
        f.phone.awaitLine(
            l -> l.startsWith("call from +491701112288 ended"), PhoneFixture.LINE_TIMEOUT);
    assertThat(ended).as(f.phone::transcript).isNotNull().contains("failed").contains("a=crypto");
  }

  private static int evenFreeRange() {
    for (int base = 30000 + 10 * (int) (ProcessHandle.current().pid() % 2000); ; base += 10) {
      int b = base;
      if (IntStream.range(b, b + 10).allMatch(FreePorts::isFree)) {
        return b;
      }
    }
  }
}
