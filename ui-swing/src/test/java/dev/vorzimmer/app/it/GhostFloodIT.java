package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ghost flood straight at the packaged phone's port (bypassing Kamailio, so every INVITE is a
 * ghost) while a contact calls through Kamailio: the contact's call rings, every ghost gets 403,
 * and the call log grows by summary rows only (one per source and minute), not a row per INVITE.
 */
class GhostFloodIT {
  private static final int GHOSTS = 300;
  private static final Pattern SUMMARY =
      Pattern.compile("ghost calls in 1 min from 127\\.0\\.0\\.1: (\\d+)");
  private PhoneFixture f;

  @BeforeEach
  void start() throws Exception {
    f = PhoneFixture.create("");
    assertThat(f.cli("contacts", "add", "Erika Mustermann", "+49 30 1234567"))
        .contains("added contact");
    f.startPhone();
  }

  @AfterEach
  void stop() throws Exception {
    f.close();
  }

  @Test
  void aGhostFloodIsSummarisedInTheCallLogAndAContactStillRings() throws Exception {
    try (SippRun flood =
        new SippCaller(f.work.resolve("flood"))
            .calling("alice")
            .from("+4930999000", "Scanner")
            .calls(GHOSTS, 60)
            .expectStatus(403)
            .timeoutSeconds(60)
            .start("127.0.0.1", f.phonePort)) {
      f.assertCall(
          f.caller()
              .from("+49301234567", "Erika")
              .expectRingThenCancelAfter(500)
              .callTo("127.0.0.1", f.kamailio.trunkPort()));
      SippResult ghosts = flood.await();
      assertThat(ghosts.allCallsSucceeded())
          .as(() -> ghosts + "\n" + f.phone.transcript())
          .isTrue();
    }
    // Stopping the phone writes what the ghost log still counted.
    assertThat(f.phone.terminate(Duration.ofSeconds(15))).as(f.phone::transcript).isZero();

    JsonNode calls = new ObjectMapper().readTree(f.cli("calls", "--json"));
    List<JsonNode> ghostRows = new ArrayList<>();
    calls.forEach(
        c -> {
          if (c.get("outcome").asText().equals("ghost")) {
            ghostRows.add(c);
          }
        });
    assertThat(ghostRows)
        .as(calls::toString)
        .hasSizeBetween(1, 2); // the flood may straddle a minute
    int counted = 0;
    for (JsonNode row : ghostRows) {
      Matcher m = SUMMARY.matcher(row.get("reasons").toString());
      assertThat(m.find()).as(row::toString).isTrue();
      counted += Integer.parseInt(m.group(1));
    }
    // Every ghost is counted; an INVITE SIPp retransmitted (no 403 within 500 ms on a busy machine)
    // got a stateless 403 and was counted again.
    assertThat(counted).isGreaterThanOrEqualTo(GHOSTS);
    assertThat(calls)
        .anySatisfy(
            c ->
                assertThat(
                        c.get("e164").asText()
                            + " "
                            + c.get("verdict").asText()
                            + " "
                            + c.get("outcome").asText())
                    .isEqualTo("+49301234567 RING missed"));
    assertThat(calls.size()).as(calls::toString).isEqualTo(ghostRows.size() + 1);
  }
}
