package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The user's four cases, end to end: the packaged phone runs headless and registers with a real
 * Kamailio; SIPp callers come in through Kamailio's trunk (the way a provider hands over PSTN
 * calls) with real From / P-Asserted-Identity / Privacy headers; the call log shows each decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallScreeningIT {
  private PhoneFixture f;

  @BeforeAll
  void startProviderAndPhone() throws Exception {
    f =
        PhoneFixture.create(
            """
        [calls]
        ring_seconds = 20
        [voicemail]
        max_seconds = 30
        """);
    assertThat(f.cli("contacts", "add", "Erika Mustermann", "+49 30 1234567"))
        .contains("added contact");
    assertThat(f.cli("contacts", "add", "Nachbar", "+49 221 5550199")).contains("added contact");
    assertThat(f.cli("block", "add", "+49 211 555*", "--reason", "call centre"))
        .contains("blocked");
    f.startPhone();
  }

  @AfterAll
  void stop() throws Exception {
    if (f != null) {
      try (PhoneFixture fixture = f) {
        assertThat(fixture.phone.terminate(Duration.ofSeconds(15)))
            .as(fixture.phone::transcript)
            .isZero();
      }
    }
  }

  private int trunk() {
    return f.kamailio.trunkPort();
  }

  @Test
  @Order(1)
  void aContactRingsAndTheCallerGivesUp() throws Exception {
    f.assertCall(
        f.caller()
            .from("+49301234567", "Erika")
            .expectRingThenCancelAfter(500)
            .callTo("127.0.0.1", trunk()));
  }

  @Test
  @Order(2)
  void anUnknownNumberGetsTheAnsweringMachine() throws Exception {
    f.assertCall(
        f.caller()
            .from("+491701234567", "")
            .expectAnswerThenHangUpAfter(1500)
            .callTo("127.0.0.1", trunk()));
  }

  @Test
  @Order(3)
  void aWithheldNumberGetsTheAnsweringMachineNeverARejection() throws Exception {
    f.assertCall(
        f.caller()
            .from("anonymous", "Anonymous")
            .assertedIdentity("sip:+4969123456@provider.test;user=phone")
            .privacy("id")
            .expectAnswerThenHangUpAfter(1000)
            .callTo("127.0.0.1", trunk()));
  }

  @Test
  @Order(4)
  void aBlockedCallCentreIsDeclined() throws Exception {
    f.assertCall(
        f.caller().from("+492115550123", "").expectStatus(603).callTo("127.0.0.1", trunk()));
  }

  @Test
  @Order(5)
  void aForeignNumberGetsTheAnsweringMachine() throws Exception {
    f.assertCall(
        f.caller()
            .from("+33123456789", "")
            .expectAnswerThenHangUpAfter(1000)
            .callTo("127.0.0.1", trunk()));
  }

  @Test
  @Order(6)
  void aRobotDiallingARangeIsQuarantinedButTheNeighbourStillRings() throws Exception {
    f.assertCall(
        f.caller()
            .from("+492215550101", "")
            .expectAnswerThenHangUpAfter(300)
            .callTo("127.0.0.1", trunk()));
    f.assertCall(
        f.caller()
            .from("+492215550102", "")
            .expectAnswerThenHangUpAfter(300)
            .callTo("127.0.0.1", trunk()));
    // quarantined robot ranges hear "not available" (robot_reject_with = "unavailable"), then 410
    // Gone: the number is withdrawn, so a dialer deletes it
    f.assertCall(
        f.caller()
            .from("+492215550103", "")
            .expectEarlyMediaThenStatus(410)
            .callTo("127.0.0.1", trunk()));
    f.assertCall(
        f.caller()
            .from("+492215550104", "")
            .expectEarlyMediaThenStatus(410)
            .callTo("127.0.0.1", trunk()));
    f.assertCall(
        f.caller()
            .from("+492215550199", "Nachbar")
            .expectRingThenCancelAfter(300)
            .callTo("127.0.0.1", trunk()));
  }

  @Test
  @Order(7)
  void aGhostCallStraightToThePhonesPortIsRefused() throws Exception {
    f.assertCall(
        f.caller()
            .from("+49301234567", "Erika")
            .expectStatus(403)
            .callTo("127.0.0.1", f.phonePort));
  }

  @Test
  @Order(8)
  void theCallLogShowsEveryCallWithItsReasons() throws Exception {
    // Read after a clean stop: outcomes and the ghost summary are written on lanes of their own, a
    // moment after the caller got its answer (CI once read the log 38 ms after the ghost's 403,
    // before its row); a stop writes everything they hold.
    assertThat(f.phone.terminate(Duration.ofSeconds(15))).as(f.phone::transcript).isZero();
    JsonNode calls = new ObjectMapper().readTree(f.cli("calls", "--json"));
    List<String> lines = new ArrayList<>();
    calls.forEach(
        c ->
            lines.add(
                c.get("e164").asText()
                    + " "
                    + c.get("verdict").asText()
                    + " "
                    + c.get("outcome").asText()
                    + " "
                    + c.get("reasons")));
    assertThat(lines)
        .as(String.join("\n", lines))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("+49301234567 RING missed")
                    .contains("contact Erika Mustermann"))
        .anySatisfy(l -> assertThat(l).startsWith("+491701234567 VOICEMAIL voicemail"))
        .anySatisfy(l -> assertThat(l).contains("VOICEMAIL voicemail").contains("withheld"))
        .anySatisfy(
            l -> assertThat(l).startsWith("+492115550123 REJECT rejected").contains("call centre"))
        .anySatisfy(
            l -> assertThat(l).startsWith("+33123456789 VOICEMAIL voicemail").contains("France"))
        .anySatisfy(
            l -> assertThat(l).startsWith("+492215550103 REJECT rejected").contains("robot range"))
        .anySatisfy(l -> assertThat(l).startsWith("+492215550199 RING missed"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("+49301234567 REJECT ghost")
                    .contains("ghost call refused (403)"));
    assertThat(f.cli("block", "list"))
        .as("the quarantine is visible and says how to keep it")
        .contains("+4922155501*")
        .contains("robot-range")
        .contains("vorzimmer block add +4922155501*");
    JsonNode messages = new ObjectMapper().readTree(f.cli("messages", "--json"));
    assertThat(messages.size())
        .as("every voicemail caller here hung up within 1.5 s, during the greeting: no messages")
        .isZero();
  }
}
