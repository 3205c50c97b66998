package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another process holds the database's write lock (as a long {@code vorzimmer block import} does):
 * the phone still screens and answers calls and refreshes its registration; the call log rows are
 * written once the lock is gone. Before, the voicemail's message row was written on the SIP thread
 * and the call-log row on a screening thread, each waiting up to 15 s for the lock.
 */
class StoreLockIT {
  /** Registered for 10 s: the refresh is due 5 s after start, while the lock is held. */
  private static final int EXPIRES = 10;

  private PhoneFixture f;

  @BeforeEach
  void start() throws Exception {
    f = PhoneFixture.create("", EXPIRES);
    assertThat(f.cli("contacts", "add", "Erika Mustermann", "+49 30 1234567"))
        .contains("added contact");
    f.startPhone();
  }

  @AfterEach
  void stop() throws Exception {
    f.close();
  }

  @Test
  void
      whileAnotherProcessHoldsTheWriteLockCallsAreScreenedAndAnsweredAndTheRegistrationIsRefreshed()
          throws Exception {
    long lockedAt = System.nanoTime();
    try (Connection other =
            DriverManager.getConnection("jdbc:sqlite:" + f.home.resolve("vorzimmer.db"));
        Statement s = other.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");

      f.assertCall(
          f.caller()
              .from("+49301234567", "Erika")
              .expectRingThenCancelAfter(300)
              .callTo("127.0.0.1", f.kamailio.trunkPort()));
      f.assertCall(
          f.caller()
              .from("+491701234567", "")
              .expectAnswerThenHangUpAfter(500)
              .callTo("127.0.0.1", f.kamailio.trunkPort()));
      // Past the refresh (half of EXPIRES), well within the store's 15 s wait for the lock.
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lockedAt);
      new CountDownLatch(1)
          .await(Math.max(0, EXPIRES * 1000 * 3 / 4 - waited), TimeUnit.MILLISECONDS);
      long registrations =
          Files.readAllLines(f.home.resolve("vorzimmer.log")).stream()
              .filter(l -> l.contains("registration REGISTERED for sip:alice@"))
              .count();
      assertThat(registrations)
          .as("REGISTERED events while the lock is held (start + refresh)")
          .isGreaterThanOrEqualTo(2);

      s.execute("ROLLBACK");
    }
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
                    + c.get("outcome").asText()));
    assertThat(lines)
        .as(calls::toString)
        .contains("+49301234567 RING missed", "+491701234567 VOICEMAIL voicemail");
    assertThat(f.phone.transcript()).doesNotContain("screening failed");
  }
}
