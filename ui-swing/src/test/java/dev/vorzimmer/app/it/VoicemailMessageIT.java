package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "A message that is lost, cut or silent is the worst failure": a SIPp caller screened to voicemail
 * through Kamailio plays SIPp's bundled A-law recording; the stored message must hold that audio.
 * Also DTMF during the greeting and a {@code kill -9} in the middle of a message.
 */
class VoicemailMessageIT {
  private static final Path SIPP_MEDIA = Path.of("/usr/share/sip-tester");

  /** The bundled German greeting (4.0 s) plus the beep (0.4 s) and a margin. */
  private static final long AFTER_GREETING_MS = 5_000;

  private PhoneFixture f;

  @BeforeEach
  void start() throws Exception {
    f = PhoneFixture.create("");
    f.startPhone();
  }

  @AfterEach
  void stop() throws Exception {
    f.close();
  }

  private JsonNode message(long id) throws Exception {
    for (JsonNode m : new ObjectMapper().readTree(f.cli("messages", "--json"))) {
      if (m.get("id").asLong() == id) {
        return m;
      }
    }
    throw new AssertionError("no message " + id);
  }

  private static long idOf(String line) {
    return Long.parseLong(line.split(" ")[2]);
  }

  @Test
  void theMessageHoldsWhatTheCallerSaid() throws Exception {
    Path pcap = SIPP_MEDIA.resolve("g711a.pcap");
    f.assertCall(
        f.caller()
            .from("+491701112233", "")
            .expectAnswerThen(
                SippCaller.pause(AFTER_GREETING_MS),
                SippCaller.play(pcap),
                SippCaller.pause(PcapAudio.durationMillis(pcap) + 1_500))
            .callTo("127.0.0.1", f.kamailio.trunkPort()));
    String saved = f.phone.awaitLine(l -> l.startsWith("new message "), PhoneFixture.LINE_TIMEOUT);
    assertThat(saved).as(f.phone::transcript).contains("+491701112233");
    JsonNode m = message(idOf(saved));
    assertThat(m.get("state").asText()).isEqualTo("complete");
    assertThat(m.get("reasons").toString()).contains("unknown number");

    Path exported = f.work.resolve("message.wav");
    f.cli("messages", "export", m.get("id").asText(), exported.toString());
    short[] recorded = WavSamples.read(exported);
    short[] sent = PcapAudio.decodeAlaw(pcap);
    AudioMatch match = AudioMatch.find(sent, recorded);
    assertThat(WavSamples.rms(recorded)).as("message is not silent").isGreaterThan(300);
    assertThat(match.correlation())
        .as("recording correlates with the caller's audio: %s", match)
        .isGreaterThan(0.9);
    double sentSeconds = sent.length / 8000.0;
    assertThat(match.matchedSeconds())
        .as("%s", match)
        .isCloseTo(sentSeconds, org.assertj.core.data.Offset.offset(0.3));
    assertThat(m.get("durationSeconds").asDouble())
        .as("stored duration")
        .isCloseTo(sentSeconds, org.assertj.core.data.Offset.offset(0.3));
  }

  @Test
  void keysPressedAreDetectedAndHashSkipsTheGreeting() throws Exception {
    f.assertCall(
        f.caller()
            .from("+491701112244", "")
            .expectAnswerThen(
                SippCaller.pause(500),
                SippCaller.play(SIPP_MEDIA.resolve("dtmf_2833_pound.pcap")),
                SippCaller.pause(1_500),
                SippCaller.play(SIPP_MEDIA.resolve("dtmf_2833_5.pcap")),
                SippCaller.pause(1_500))
            .callTo("127.0.0.1", f.kamailio.trunkPort()));
    assertThat(f.phone.awaitLine(l -> l.startsWith("new message "), PhoneFixture.LINE_TIMEOUT))
        .as(f.phone::transcript)
        .isNotNull();
    String log = Files.readString(f.home.resolve("vorzimmer.log"));
    assertThat(log).contains("greeting skipped (#)").contains("DTMF #").contains("DTMF 5");
  }

  @Test
  void sigtermDuringAMessageSaysByeAndKeepsTheMessageComplete() throws Exception {
    try (SippRun caller =
        f.caller()
            .from("+491701112266", "")
            .expectAnswerThenByeFromCallee()
            .timeoutSeconds(40)
            .start("127.0.0.1", f.kamailio.trunkPort())) {
      String recording =
          f.phone.awaitLine(l -> l.startsWith("recording message "), PhoneFixture.LINE_TIMEOUT);
      assertThat(recording).as(f.phone::transcript).isNotNull();
      // Past the greeting and the beep: the message is being written.
      new CountDownLatch(1).await(AFTER_GREETING_MS + 1_500, TimeUnit.MILLISECONDS);

      assertThat(f.phone.terminate(Duration.ofSeconds(15))).as(f.phone::transcript).isZero();

      f.assertCall(caller.await());
      assertThat(f.phone.printed(l -> l.startsWith("new message " + idOf(recording) + " ")))
          .as(f.phone::transcript)
          .isTrue();
      assertThat(message(idOf(recording)).get("state").asText()).isEqualTo("complete");
      f.startPhone();
      assertThat(f.phone.printed(l -> l.startsWith("recovered ")))
          .as(f.phone::transcript)
          .isFalse();
      assertThat(message(idOf(recording)).get("state").asText()).isEqualTo("complete");
    }
  }

  @Test
  void aMessageInterruptedByKillMinus9IsRecoveredAtTheNextStart() throws Exception {
    Path pcap = SIPP_MEDIA.resolve("g711a.pcap");
    try (SippRun caller =
        f.caller()
            .from("+491701112255", "")
            .expectAnswerThen(
                SippCaller.pause(AFTER_GREETING_MS),
                SippCaller.play(pcap),
                SippCaller.pause(20_000))
            .timeoutSeconds(40)
            .start("127.0.0.1", f.kamailio.trunkPort())) {
      String recording =
          f.phone.awaitLine(l -> l.startsWith("recording message "), PhoneFixture.LINE_TIMEOUT);
      assertThat(recording).as(f.phone::transcript).isNotNull();
      // Let the greeting play and a few seconds of the caller's message be written, then pull the
      // plug.
      new CountDownLatch(1).await(AFTER_GREETING_MS + 3_000, TimeUnit.MILLISECONDS);
      f.phone.kill();
      long id = idOf(recording);

      f.startPhone();
      assertThat(f.phone.printed(l -> l.startsWith("recovered 1 interrupted message")))
          .as(f.phone::transcript)
          .isTrue();
      JsonNode m = message(id);
      assertThat(m.get("state").asText()).isEqualTo("recovered");
      assertThat(m.get("durationSeconds").asDouble()).as("%s", m).isGreaterThan(1.5);
      Path exported = f.work.resolve("recovered.wav");
      f.cli("messages", "export", Long.toString(id), exported.toString());
      assertThat(WavSamples.rms(WavSamples.read(exported))).isGreaterThan(300);
    }
  }
}
