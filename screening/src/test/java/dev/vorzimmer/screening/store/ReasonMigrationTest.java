package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonTexts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before reasons had codes (schema v2, English texts) opens with its rows read
 * back into codes, so a German window shows them in German; unknown texts stay as they were.
 */
class ReasonMigrationTest {
  @TempDir Path dir;

  @Test
  void oldEnglishReasonsBecomeCodes() throws Exception {
    Path db = version2(dir.resolve("old.db"));
    insertCall(
        db,
        "[\"landline number, München, Germany\",\"contact Praxis Dr. Schulz\"]",
        "number withheld");
    insertCall(
        db,
        "[\"mobile number, Germany (T-Mobile)\",\"quiet hours (Mon-Fri 22:00-07:00), only"
            + " favourites ring\"]",
        "01711234567");
    insertCall(db, "[\"anonymous caller\"]", "anonymous caller");
    insertCall(db, "[\"something a newer program said\"]", "030123");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO messages (time, caller, caller_display, reasons, file, state) VALUES"
              + " (1, '', 'unknown caller', '[\"mobile number, Germany\",\"unknown number\"]',"
              + " 'm.wav', 'complete')");
      s.execute(
          "INSERT INTO list_entries (pattern, kind, reason, source, created) VALUES"
              + " ('+4930111', 'BLOCK', 'aus dem Fenster', 'ui', 1),"
              + " ('+4930222', 'BLOCK', 'from the window', 'ui', 2),"
              + " ('+4930333*', 'BLOCK', 'robot range: 3 distinct callers in 4 min', 'robot-range', 3),"
              + " ('+4930444', 'BLOCK', 'Werbung', 'cli', 4)");
    }

    try (ScreeningStore store = ScreeningStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      List<CallLogEntry> calls = store.callLog().recentCalls(10);
      assertThat(calls.get(3).reasons())
          .containsExactly(
              Reason.of(
                  "caller", "line", "FIXED", "place", "München", "country", "DE", "carrier", ""),
              Reason.of("contact", "name", "Praxis Dr. Schulz"));
      assertThat(calls.get(2).reasons())
          .containsExactly(
              Reason.of(
                  "caller", "line", "MOBILE", "place", "", "country", "DE", "carrier", "T-Mobile"),
              Reason.of("quiet.only-favourites", "span", "Mon-Fri 22:00-07:00"));
      assertThat(calls.get(1).reasons())
          .containsExactly(Reason.of("no-number", "presentation", "ANONYMOUS"));
      assertThat(calls.get(0).reasons())
          .containsExactly(Reason.legacy("something a newer program said"));

      ReasonTexts de = ReasonTexts.of(Locale.GERMAN);
      assertThat(de.render(calls.get(3).reasons()))
          .containsExactly("Festnetznummer, München, Deutschland", "Kontakt Praxis Dr. Schulz");
      assertThat(de.number(calls.get(3).rawNumber())).isEqualTo("Rufnummer unterdrückt");
      assertThat(de.main(calls.get(2).reasons()))
          .isEqualTo("Ruhezeit (Mo-Fr 22:00-07:00), nur Favoriten klingeln");

      MessageEntry message = store.messages().list().get(0);
      assertThat(message.callerDisplay()).isEmpty();
      assertThat(de.render(message.reasons()))
          .containsExactly("Mobilnummer, Deutschland", "unbekannte Nummer");

      List<ListEntry> blocked = store.listStore().entries(ListKind.BLOCK);
      assertThat(blocked)
          .extracting(e -> de.note(e.reason()))
          .containsExactlyInAnyOrder(
              "", "", "Wählautomat: 3 verschiedene Anrufer in 4 min", "Werbung");
    }
  }

  @Test
  void everyOldReasonTextTheScreenerWroteIsRecognised() {
    List<String> old =
        List.of(
            "favourite contact Erika",
            "unknown number",
            "unknown number with failed caller ID verification",
            "called again after 3 min — repeat caller let through",
            "quiet hours (Sat,Sun 00:00-09:00)",
            "foreign: France (language not spoken)",
            "foreign: United States",
            "premium-rate number (0900): this kind of number cannot call you; the caller ID is"
                + " forged",
            "on blocklist: call centre (imported from cc.txt)",
            "on blocklist (range +4930555*): added by you",
            "on allow-list: added by you",
            "caller ID verification failed (STIR/SHAKEN TN-Validation-Failed)",
            "PhoneBlock: 12 spam votes (rating G_FRAUD)",
            "PhoneBlock: no spam reports",
            "lookup skipped: PhoneBlock did not answer within 300 ms",
            "ghost call refused (403): not from the registrar",
            "number not recognised: \"abc\"");
    ReasonTexts en = ReasonTexts.of(Locale.ENGLISH);
    for (String text : old) {
      Reason r = LegacyReasons.parse(text);
      assertThat(r.code()).as(text).isNotEqualTo(Reason.LEGACY);
      assertThat(en.render(r)).as(r.toString()).isEqualTo(text);
    }
    assertThat(LegacyReasons.parse("2 ghost calls from 203.0.113.7 in 1 min"))
        .isEqualTo(Reason.of("ghost.summary", "count", "2", "source", "203.0.113.7"));
  }

  private static Path version2(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      Migrations.STEPS.get(0).run(c);
      Migrations.STEPS.get(1).run(c);
      s.execute("PRAGMA user_version = 2");
    }
    return db;
  }

  private static void insertCall(Path db, String reasons, String raw) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO call_log (time, raw_number, display_name, verdict, reasons, outcome)"
                    + " VALUES ((SELECT COUNT(*) FROM call_log), ?, '', 'RING', ?, 'answered')")) {
      ps.setString(1, raw);
      ps.setString(2, reasons);
      ps.executeUpdate();
    }
  }
}
