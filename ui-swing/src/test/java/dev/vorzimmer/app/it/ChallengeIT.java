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
 * The robot challenge and the "not available" intercept with the packaged phone behind Kamailio:
 * SIPp callers press (RFC 4733 from SIPp's bundled pcaps) the right digit, a wrong one or none; a
 * hand-written caller listens to the intercept's early media. {@code challenge_digits = "5"} makes
 * the random digit known.
 */
class ChallengeIT {
  private static final Path SIPP_MEDIA = Path.of("/usr/share/sip-tester");

  /** Ring time 3 s, the greeting (4.0 s) and beep, and a margin. */
  private static final long RING_AND_GREETING_MS = 3_000 + 5_000 + 1_500;

  private PhoneFixture f;

  private void start(String fail) throws Exception {
    f =
        PhoneFixture.create(
            """
            [screening]
            challenge = ["unknown"]
            challenge_digits = "5"
            challenge_fail = "%s"
            reject_with = "unavailable"
            [calls]
            ring_seconds = 3
            """
                .formatted(fail));
    f.startPhone();
  }

  @AfterEach
  void stop() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  private JsonNode lastCall(String number) throws Exception {
    for (JsonNode c : new ObjectMapper().readTree(f.cli("calls", "--json"))) {
      if (number.equals(c.get("e164").asText())) {
        return c;
      }
    }
    throw new AssertionError("no call from " + number + " in " + f.cli("calls", "--json"));
  }

  @Test
  void theRightDigitRingsThePhoneThenTheMachineAndTheNumberRingsDirectlyNextTime()
      throws Exception {
    start("voicemail");
    String number = "+491701234001";
    f.assertCall(
        f.caller()
            .from(number, "")
            .expectAnswerThen(
                SippCaller.pause(800),
                SippCaller.play(SIPP_MEDIA.resolve("dtmf_2833_5.pcap")),
                SippCaller.pause(RING_AND_GREETING_MS + 1_000))
            .callTo("127.0.0.1", f.kamailio.trunkPort()));

    String ringing =
        f.phone.awaitLine(
            l -> l.startsWith("call from " + number + " ringing"), PhoneFixture.LINE_TIMEOUT);
    assertThat(ringing).as(f.phone::transcript).contains("passed the challenge");
    assertThat(f.phone.awaitLine(l -> l.startsWith("new message "), PhoneFixture.LINE_TIMEOUT))
        .as(f.phone::transcript)
        .contains(number);
    JsonNode call = lastCall(number);
    assertThat(call.get("reasons").toString())
        .contains("asked to press a digit")
        .containsPattern("passed the challenge in \\d+\\.\\d s");
    assertThat(call.get("outcome").asText()).isEqualTo("voicemail");
    assertThat(f.cli("check", number)).startsWith("RING").contains("passed the robot challenge");
  }

  @Test
  void aWrongDigitGoesToTheMachineAsConfigured() throws Exception {
    start("voicemail");
    String number = "+491701234002";
    f.assertCall(
        f.caller()
            .from(number, "")
            .expectAnswerThen(
                SippCaller.pause(800),
                SippCaller.play(SIPP_MEDIA.resolve("dtmf_2833_3.pcap")),
                SippCaller.pause(6_500))
            .callTo("127.0.0.1", f.kamailio.trunkPort()));

    assertThat(f.phone.awaitLine(l -> l.startsWith("new message "), PhoneFixture.LINE_TIMEOUT))
        .as(f.phone::transcript)
        .contains(number);
    assertThat(f.phone.printed(l -> l.contains(" ringing"))).as(f.phone::transcript).isFalse();
    assertThat(lastCall(number).get("reasons").toString())
        .contains("pressed 3 instead of 5 in the challenge");
    assertThat(f.cli("check", number)).startsWith("CHALLENGE").contains("  challenge: ");
  }

  @Test
  void noDigitEndsTheCallWhenChallengeFailIsHangup() throws Exception {
    start("hangup");
    String number = "+491701234003";
    f.assertCall(
        f.caller()
            .from(number, "")
            .expectAnswerThenByeFromCalleeAfter()
            .callTo("127.0.0.1", f.kamailio.trunkPort()));

    // The outcome is written on the store lane a moment after the caller's 200 to the BYE (CI once
    // read "ringing" here); a clean stop writes everything the lane holds.
    assertThat(f.phone.terminate(Duration.ofSeconds(15))).as(f.phone::transcript).isZero();
    JsonNode call = lastCall(number);
    assertThat(call.get("reasons").toString()).contains("no digit within").contains("hung up");
    assertThat(call.get("outcome").asText()).isEqualTo("rejected");
    assertThat(f.phone.printed(l -> l.startsWith("recording message"))).isFalse();
  }

  @Test
  void aRejectedCallHearsTheThreeSitTonesAsEarlyMediaThen404() throws Exception {
    start("voicemail");
    assertThat(f.cli("block", "add", "+491709999999")).isNotBlank();
    try (SitListener caller = new SitListener()) {
      SitListener.Heard heard =
          caller.call("+491709999999", f.kamailio.trunkPort(), Duration.ofSeconds(20));

      assertThat(heard.progress()).contains("m=audio");
      assertThat(heard.status()).isEqualTo(404);
      assertThat(SitListener.toneRuns(heard.audio(), 8))
          .as("SIT runs of 160 ms or more (0 = 913.8, 1 = 1370.6, 2 = 1776.7 Hz)")
          .startsWith(0, 1, 2, 0, 1, 2);
    }
  }

  /**
   * The final response after the intercept is what the config says: 404 for an ordinary rejection
   * ({@code reject_with = "unavailable"}), 410 Gone for a quarantined robot range ({@code
   * robot_reject_with = "unavailable"}, the default). SIPp checks 183 first, then the status.
   */
  @Test
  void theInterceptEndsWith404ForABlockedNumberAnd410GoneForARobotRange() throws Exception {
    f = PhoneFixture.create("[screening]\nreject_with = \"unavailable\"\n");
    f.startPhone();
    assertThat(f.cli("block", "add", "+491709999999")).isNotBlank();
    f.assertCall(
        f.caller()
            .from("+491709999999", "")
            .expectEarlyMediaThenStatus(404)
            .callTo("127.0.0.1", f.kamailio.trunkPort()));

    for (String robot : new String[] {"+491701234101", "+491701234102"}) {
      f.assertCall( // two neighbours: voicemail, below the quarantine threshold
          f.caller()
              .from(robot, "")
              .expectAnswerThenHangUpAfter(200)
              .callTo("127.0.0.1", f.kamailio.trunkPort()));
    }
    f.assertCall(
        f.caller()
            .from("+491701234103", "")
            .expectEarlyMediaThenStatus(410)
            .callTo("127.0.0.1", f.kamailio.trunkPort()));
    assertThat(lastCall("+491701234103").get("reasons").toString()).contains("+4917012341");
  }
}
