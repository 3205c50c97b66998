package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged phone with {@code transport = "tls"} and nothing else about encryption: it registers
 * with Kamailio over TLS (its certificate checked against {@code ca_file} and the name
 * "localhost"), baresip's call with SRTP ({@code mediaenc=srtp-mand}) reaches it over the TLS
 * connection its REGISTER opened (it has no other way: no TCP listener, and its TLS listener has no
 * certificate), and the answering machine takes it with SRTP, since {@code media_encryption}
 * defaults to "optional" on TLS. tshark on the loopback interface meanwhile sees only SRTP on the
 * phone's RTP ports (no recoverable G.711 tone) and no readable SIP on Kamailio's TLS port, while
 * the message holds the caller's tone. An expired server certificate is named in the headless
 * status line and no REGISTER reaches Kamailio.
 */
class TlsCallIT {
  private static final Pattern ANY_REGISTER = Pattern.compile("VZ-REQ REGISTER ");
  private static final Pattern TLS_REGISTER = Pattern.compile("VZ-REQ REGISTER .* proto=tls ");
  private final TestPki ca = TestPki.create("Vorzimmer Test CA");
  private PhoneFixture f;

  @AfterEach
  void stop() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void baresipsSrtpCallReachesThePhoneOverItsTlsConnectionAndLeavesAnEncryptedMessage()
      throws Exception {
    assumeTrue(
        BaresipCaller.installed() && LoopbackCapture.installed(),
        "baresip-core and tshark are installed by scripts/test");
    f = PhoneFixture.overTls(ca, ca, Instant.now().plus(Duration.ofDays(1)));
    f.startPhone();
    assertThat(f.kamailio.countLogLines(TLS_REGISTER))
        .isPositive()
        .isEqualTo(f.kamailio.countLogLines(ANY_REGISTER));

    short[] tone = new short[20 * 8000];
    for (int i = 0; i < tone.length; i++) {
      tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 600 * i / 8000.0));
    }
    int rtpLow = evenFreeRange();
    try (LoopbackCapture capture =
            LoopbackCapture.startWithTcp(
                f.work.resolve("capture"), rtpLow, rtpLow + 9, f.kamailio.tlsPort(), 40);
        BaresipCaller caller =
            BaresipCaller.call(
                f.work.resolve("baresip"),
                "+491701112299",
                "sip:alice@127.0.0.1:" + f.kamailio.trunkPort(),
                tone,
                FreePorts.udpAndTcp(),
                rtpLow,
                8)) {
      String saved =
          f.phone.awaitLine(l -> l.startsWith("new message "), PhoneFixture.LINE_TIMEOUT);
      assertThat(saved)
          .as(() -> f.phone.transcript() + "\n" + caller.logTail() + f.kamailio.logTail(40))
          .isNotNull()
          .contains("+491701112299");
      LoopbackCapture.Wire wire = capture.stopWire();
      assertWireIsEncrypted(wire, rtpLow);
      assertMessageHoldsTheTone(saved);
      assertThat(f.phone.terminate(Duration.ofSeconds(15))).as(f.phone::transcript).isZero();
      JsonNode calls = new ObjectMapper().readTree(f.cli("calls", "--json"));
      assertThat(calls)
          .anySatisfy(
              c -> {
                assertThat(c.get("number").asText()).isEqualTo("+491701112299");
                assertThat(c.get("encrypted").asText()).isEqualTo("srtp");
              });
      caller.awaitExit(20);
    }
  }

  @Test
  void anOutgoingCallOverTlsToBaresipRunsSrtpBothWays() throws Exception {
    assumeTrue(
        BaresipCaller.installed() && LoopbackCapture.installed(),
        "baresip-core and tshark are installed by scripts/test");
    f = PhoneFixture.overTls(ca, ca, Instant.now().plus(Duration.ofDays(1)));
    Path config = f.home.resolve("config.toml");
    Files.writeString(
        config,
        Files.readString(config)
            .replace(
                "password = \"wonderland\"\n",
                "password = \"wonderland\"\nmedia_encryption = \"required\"\n"));
    short[] tone = new short[20 * 8000];
    for (int i = 0; i < tone.length; i++) {
      tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 600 * i / 8000.0));
    }
    Path play = f.work.resolve("play.wav");
    Files.write(play, BaresipCaller.wav(java.util.Arrays.copyOf(tone, 6 * 8000)));
    int rtpLow = evenFreeRange();
    int sipPort = FreePorts.udpAndTcp();
    try (LoopbackCapture capture =
            LoopbackCapture.startWithTcp(
                f.work.resolve("capture-out"), rtpLow, rtpLow + 9, f.kamailio.tlsPort(), 40);
        BaresipCaller callee =
            BaresipCaller.answer(
                f.work.resolve("baresip-callee"), "uas-" + sipPort, tone, sipPort, rtpLow, 14);
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
          .as(() -> call.transcript() + "\n" + callee.logTail() + f.kamailio.logTail(40))
          .isNotNull()
          .contains("[SRTP]");
      String ended = call.awaitLine(l -> l.startsWith("ended"), PhoneFixture.LINE_TIMEOUT);
      assertThat(ended).as(() -> call.transcript() + "\n" + callee.logTail()).isNotNull();
      assertWireIsEncrypted(capture.stopWire(), rtpLow);
      assertThat(callee.log()).contains("SRTP is Enabled").doesNotContain("failed to decrypt RTP");
    }
  }

  @Test
  void anExpiredCertificateIsNamedInTheStatusLineAndNothingIsSent() throws Exception {
    f = PhoneFixture.overTls(ca, ca, Instant.now().minus(Duration.ofDays(2)));
    f.phone = PhoneProcess.start(f.work, "run", "--headless", "--home", f.home.toString());

    String status = f.phone.awaitLine(l -> l.contains("TLS refused"), PhoneFixture.LINE_TIMEOUT);

    assertThat(status)
        .as(f.phone::transcript)
        .isNotNull()
        .contains("localhost (127.0.0.1:" + f.kamailio.tlsPort() + ")")
        .contains("its certificate expired on ");
    assertThat(f.kamailio.countLogLines(ANY_REGISTER)).isZero();
  }

  /**
   * Both directions of the call's RTP are SRTP (no packet's payload reads as the tone), and the SIP
   * on Kamailio's TLS port, the INVITE among it, is not readable.
   */
  private static void assertWireIsEncrypted(LoopbackCapture.Wire wire, int rtpLow) {
    java.util.function.IntPredicate callerPort = p -> p % 2 == 0 && p >= rtpLow && p <= rtpLow + 9;
    List<LoopbackCapture.Datagram> rtp =
        wire.udp().stream()
            .filter(d -> callerPort.test(d.sourcePort()) || callerPort.test(d.destinationPort()))
            .filter(d -> d.payload().length > 12 && (d.payload()[1] & 0x7f) == 0)
            .toList();
    assertThat(rtp.stream().filter(d -> callerPort.test(d.sourcePort())).count())
        .as("baresip's RTP was captured")
        .isGreaterThan(100);
    assertThat(rtp.stream().filter(d -> callerPort.test(d.destinationPort())).count())
        .as("our RTP was captured")
        .isGreaterThan(100);
    assertThat(rtp)
        .allSatisfy(d -> assertThat(d.payload()).as("12 + 160 + 10-byte SRTP tag").hasSize(182));
    assertThat(rtp.stream().filter(d -> SrtpCallIT.wireToneShare(d.payload()) > 0.5).count())
        .as("packets whose payload reads as the tone")
        .isLessThan(rtp.size() / 20 + 1);

    assertThat(wire.tcp()).as("the INVITE travelled on Kamailio's TLS port").isNotEmpty();
    String tcpText =
        wire.tcp().stream()
            .map(d -> new String(d.payload(), StandardCharsets.ISO_8859_1))
            .collect(Collectors.joining());
    assertThat(tcpText).doesNotContain("INVITE sip").doesNotContain("SIP/2.0");
  }

  private void assertMessageHoldsTheTone(String saved) throws Exception {
    long id = Long.parseLong(saved.split(" ")[2]);
    Path exported = f.work.resolve("message.wav");
    f.cli("messages", "export", String.valueOf(id), exported.toString());
    short[] recorded = WavSamples.read(exported);
    assertThat(recorded.length).as("at least 2 s recorded").isGreaterThan(16000);
    assertThat(SrtpCallIT.toneShare(recorded, 4000, 8000))
        .as("the message holds baresip's tone")
        .isGreaterThan(0.6);
  }

  private static int evenFreeRange() {
    for (int base = 31000 + 10 * (int) (ProcessHandle.current().pid() % 2000); ; base += 10) {
      int b = base;
      if (java.util.stream.IntStream.range(b, b + 10).allMatch(FreePorts::isFree)) {
        return b;
      }
    }
  }
}
