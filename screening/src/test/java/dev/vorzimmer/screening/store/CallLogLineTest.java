package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call log remembers which line was called (schema v9). */
class CallLogLineTest {
  @TempDir Path dir;

  @Test
  void aCallKeepsTheLineItCameInOn() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("s.db"))) {
      store
          .callLog()
          .logCall(
              Instant.EPOCH,
              "030123",
              Optional.empty(),
              "",
              "RING",
              List.of(),
              "ringing",
              "Office");
      store
          .callLog()
          .logCall(
              Instant.EPOCH.plusSeconds(1),
              "030124",
              Optional.empty(),
              "",
              "RING",
              List.of(),
              "ringing");
      assertThat(store.callLog().recentCalls(5))
          .extracting(CallLogEntry::line)
          .containsExactly("", "Office");
    }
  }

  @Test
  void aMessageKnowsTheLineItsCallerCalled() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("m.db"))) {
      long office =
          store
              .callLog()
              .logCall(
                  Instant.EPOCH,
                  "030123",
                  Optional.empty(),
                  "",
                  "VOICEMAIL",
                  List.of(),
                  "voicemail",
                  "Office");
      store.callLog().updateOutcome(office, "voicemail", Optional.of(41L));
      assertThat(store.callLog().lineOfMessage(41)).isEqualTo("Office");
      assertThat(store.callLog().lineOfMessage(42)).as("no such message").isEmpty();
    }
  }

  @Test
  void callsLoggedBeforeVersion9HaveNoLine() throws Exception {
    Path db = dir.resolve("v7.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (int v = 0; v < 7; v++) {
        Migrations.STEPS.get(v).run(c);
      }
      s.execute("PRAGMA user_version = 7");
      s.execute(
          "INSERT INTO call_log (time, raw_number, display_name, verdict, reasons, outcome)"
              + " VALUES (0, '030123', 'Anna', 'RING', '[]', 'answered')");
    }
    try (ScreeningStore store = ScreeningStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(9);
      assertThat(store.callLog().recentCalls(5))
          .singleElement()
          .extracting(CallLogEntry::line)
          .isEqualTo("");
    }
  }
}
