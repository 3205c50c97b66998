package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration v3: triage of messages, marks of calls; old rows read as "not triaged" (speech). */
class MessageTriageStoreTest {
  private static final Instant T = Instant.parse("2026-12-03T10:00:00Z");
  @TempDir Path dir;

  @Test
  void aMessageKeepsItsClassAndSpeechSecondsAndSilentOnesAreProbablyRobots() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("s.db"))) {
      MessageIndex index = store.messages();
      long speech =
          index.create(T, "+491701", "x", List.of(Reason.of("unknown")), dir.resolve("a.wav"));
      long silent =
          index.create(T, "+491702", "y", List.of(Reason.of("unknown")), dir.resolve("b.wav"));
      long untouched =
          index.create(T, "+491703", "z", List.of(Reason.of("unknown")), dir.resolve("c.wav"));
      index.setTriage(speech, "speech", 12.5);
      index.setTriage(silent, "silent", 0.0);

      MessageEntry s = index.find(speech).orElseThrow();
      assertThat(s.triageLabel()).isEqualTo("speech");
      assertThat(s.speechSeconds()).contains(12.5);
      assertThat(s.probablyRobot()).isFalse();
      assertThat(index.find(silent).orElseThrow().probablyRobot()).isTrue();
      MessageEntry u = index.find(untouched).orElseThrow();
      assertThat(u.triageLabel()).isEqualTo("unknown");
      assertThat(u.speechSeconds()).isEmpty();
      assertThat(u.probablyRobot()).as("not triaged counts as speech").isFalse();
      assertThat(index.since(T)).hasSize(3);
      assertThat(index.since(T.plusSeconds(1))).isEmpty();
    }
  }

  @Test
  void aVersion2DatabaseIsMigratedAndItsMessagesCountAsSpeech() throws Exception {
    Path db = dir.resolve("v2.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (int v = 0; v < 2; v++) {
        Migrations.STEPS.get(v).run(c);
      }
      s.execute("PRAGMA user_version = 2");
      s.execute(
          "INSERT INTO messages (time, caller, caller_display, reasons, file, state)"
              + " VALUES (0, '+491701', 'x', '[]', '/tmp/a.wav', 'complete')");
    }
    try (ScreeningStore store = ScreeningStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(store.messages().list())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.triageLabel()).isEqualTo(MessageIndex.TRIAGE_UNKNOWN);
                assertThat(m.probablyRobot()).isFalse();
              });
    }
  }

  @Test
  void aCallsMarkIsStoredAndTheNewestMarkOfANumberFound() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("s.db"))) {
      CallLog log = store.callLog();
      long id =
          log.logCall(
              T,
              "+26120",
              Optional.of("+26120"),
              "",
              "VOICEMAIL",
              List.of(Reason.of("unknown")),
              "ringing");
      log.logCall(
          T, "+4930", Optional.of("+4930"), "", "RING", List.of(Reason.of("unknown")), "answered");
      assertThat(log.latestMark("+26120")).isEmpty();
      log.updateMark(id, Reason.of("ping.foreign", "seconds", 2, "country", "MG"));

      assertThat(log.recentCalls(5))
          .filteredOn(e -> e.id() == id)
          .singleElement()
          .satisfies(
              e -> assertThat(e.markReason().orElseThrow().code()).isEqualTo("ping.foreign"));
      assertThat(log.latestMark("+26120"))
          .hasValueSatisfying(m -> assertThat(m.arg("seconds")).isEqualTo("2"));
      assertThat(log.latestMark("+4930")).isEmpty();
    }
  }

  @Test
  void removeFromSourceLeavesTheUsersOwnEntriesOfTheSameNumber() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("s.db"))) {
      ListStore lists = store.listStore();
      lists.add("+4930123", ListKind.ALLOW, "plumber", "ui", Optional.empty());
      lists.add(
          "+4930123", ListKind.ALLOW, "", "callback", Optional.of(T.plus(Duration.ofHours(48))));

      assertThat(lists.removeFromSource("+4930123", ListKind.ALLOW, "callback")).isEqualTo(1);
      assertThat(lists.entries(ListKind.ALLOW))
          .singleElement()
          .satisfies(e -> assertThat(e.source()).isEqualTo("ui"));
    }
  }
}
