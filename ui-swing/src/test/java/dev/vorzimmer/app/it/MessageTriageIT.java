package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Messages are triaged as they arrive, through the packaged phone, Kamailio and SIPp callers: a
 * caller who says nothing leaves a "silent" message filed under probable robots, one who plays
 * SIPp's speech recording a "speech" message; three silent messages from one number range in a day
 * bring the proposal to block the range; a foreign caller who hangs up at once is a ping call.
 */
class MessageTriageIT {
  private static final Path SPEECH = Path.of("/usr/share/sip-tester/g711a.pcap");

  /** The bundled German greeting (4.0 s) plus the beep (0.4 s) and a margin. */
  private static final long AFTER_GREETING_MS = 5_000;

  private PhoneFixture f;

  @AfterEach
  void stop() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  private JsonNode messageFrom(String caller) throws Exception {
    for (JsonNode m : new ObjectMapper().readTree(f.cli("messages", "--json"))) {
      if (m.get("caller").asText().equals(caller)) {
        return m;
      }
    }
    throw new AssertionError("no message from " + caller + ": " + f.cli("messages", "--json"));
  }

  private void silentCaller(String number) throws Exception {
    f.assertCall(
        f.caller()
            .from(number, "")
            .expectAnswerThenHangUpAfter(AFTER_GREETING_MS + 3_000)
            .callTo("127.0.0.1", f.kamailio.trunkPort()));
    assertThat(
            f.phone.awaitLine(
                l -> l.startsWith("new message ") && l.contains(number), PhoneFixture.LINE_TIMEOUT))
        .as(f.phone::transcript)
        .isNotNull();
  }

  @Test
  void aSilentMessageIsFiledAsARobotAndASpokenOneAsSpeech() throws Exception {
    f = PhoneFixture.create("");
    f.startPhone();
    silentCaller("+491701112233");
    f.assertCall(
        f.caller()
            .from("+491701112244", "")
            .expectAnswerThen(
                SippCaller.pause(AFTER_GREETING_MS),
                SippCaller.play(SPEECH),
                SippCaller.pause(PcapAudio.durationMillis(SPEECH) + 1_500))
            .callTo("127.0.0.1", f.kamailio.trunkPort()));
    String spoken =
        f.phone.awaitLine(
            l -> l.startsWith("new message ") && l.contains("+491701112244"),
            PhoneFixture.LINE_TIMEOUT);
    assertThat(spoken).as(f.phone::transcript).contains("speech").doesNotContain("robot");
    assertThat(f.phone.printed(l -> l.contains("+491701112233") && l.contains("probably a robot")))
        .as(f.phone::transcript)
        .isTrue();

    JsonNode silent = messageFrom("+491701112233");
    assertThat(silent.get("class").asText()).as("%s", silent).isEqualTo("silent");
    assertThat(silent.get("probablyRobot").asBoolean()).isTrue();
    JsonNode speech = messageFrom("+491701112244");
    assertThat(speech.get("class").asText()).as("%s", speech).isEqualTo("speech");
    assertThat(speech.get("speechSeconds").asDouble()).isGreaterThan(1.5);
    assertThat(speech.get("probablyRobot").asBoolean()).isFalse();
  }

  @Test
  void threeRobotMessagesFromOneRangeInADayProposeBlockingTheRange() throws Exception {
    // Robot-range quarantine off: otherwise the third caller of the range would be turned away
    // before leaving a message.
    f = PhoneFixture.create("[screening]\nrobot_min_callers = 0\n");
    f.startPhone();
    silentCaller("+4922155599001");
    silentCaller("+4922155599002");
    assertThat(f.phone.printed(l -> l.startsWith("proposal: "))).isFalse();
    silentCaller("+4922155599003");

    String proposal = f.phone.awaitLine(l -> l.startsWith("proposal: "), PhoneFixture.LINE_TIMEOUT);
    assertThat(proposal)
        .as(f.phone::transcript)
        .isEqualTo(
            "proposal: 3 messages without speech from +49221555990xx today: block this range?"
                + " (vorzimmer block add +49221555990*)");
    assertThat(f.cli("block", "list")).as("never blocked by itself").doesNotContain("+49221555990");
  }

  @Test
  void aForeignCallerWhoHangsUpAtOnceIsMarkedAPingCall() throws Exception {
    f = PhoneFixture.create("");
    f.startPhone();
    f.assertCall(
        f.caller()
            .from("+33142685300", "")
            .expectAnswerThenHangUpAfter(500)
            .callTo("127.0.0.1", f.kamailio.trunkPort()));
    assertThat(
            f.phone.awaitLine(
                l -> l.contains("+33142685300") && l.contains("ended"), PhoneFixture.LINE_TIMEOUT))
        .as(f.phone::transcript)
        .isNotNull();
    // The outcome and its mark are written on the store lane after the call ended (CI once read the
    // log before that write); a clean stop writes everything the lane holds.
    assertThat(f.phone.terminate(Duration.ofSeconds(15))).as(f.phone::transcript).isZero();

    JsonNode call = null;
    for (JsonNode c : new ObjectMapper().readTree(f.cli("calls", "--json"))) {
      if ("+33142685300".equals(c.get("e164").asText())) {
        call = c;
      }
    }
    assertThat(call).isNotNull();
    assertThat(call.get("mark").get("text").asText())
        .as("%s", call)
        .startsWith("ping call — don't call back: rang ")
        .endsWith("from a foreign number (France)");
  }
}
