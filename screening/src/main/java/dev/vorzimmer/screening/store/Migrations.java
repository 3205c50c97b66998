package dev.vorzimmer.screening.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema migrations, applied in order in one write transaction; the schema version is SQLite's
 * {@code PRAGMA user_version}. Append new migrations; never edit a released one.
 */
final class Migrations {
  /** One migration: SQL statements, or Java code for data no statement can convert. */
  interface Step {
    void run(Connection c) throws SQLException;
  }

  static final List<Step> STEPS =
      List.of(
          sql(v1()),
          sql(v2()),
          sql(v3()),
          sql(v4()),
          sql(v5()),
          sql(v6()),
          ReasonMigration::run,
          sql(v8()),
          sql(v9()));

  private Migrations() {}

  /** Current schema version after {@link #apply}. */
  static int latest() {
    return STEPS.size();
  }

  /** Brings the schema up to date; safe when another process migrates at the same time. */
  static int apply(Db db) {
    return db.write(
        "migrating schema",
        c -> {
          int version = (int) Db.queryLong(c, "PRAGMA user_version");
          if (version > latest()) {
            throw new SQLException(
                "database schema version "
                    + version
                    + " is newer than this program understands ("
                    + latest()
                    + ")");
          }
          for (int v = version; v < latest(); v++) {
            STEPS.get(v).run(c);
          }
          try (Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + latest());
          }
          return version;
        });
  }

  private static Step sql(List<String> statements) {
    return c -> {
      try (Statement s = c.createStatement()) {
        for (String sql : statements) {
          s.execute(sql);
        }
      }
    };
  }

  private static List<String> v1() {
    return List.of(
        "CREATE TABLE generations (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        "INSERT INTO generations VALUES ('lists', 0), ('contacts', 0)",
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL, photo BLOB,"
            + " favourite INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX contacts_name ON contacts(name COLLATE NOCASE)",
        "CREATE TABLE contact_numbers (contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            + " e164 TEXT NOT NULL, PRIMARY KEY (contact_id, e164))",
        "CREATE INDEX contact_numbers_e164 ON contact_numbers(e164)",
        "CREATE TABLE list_entries (id INTEGER PRIMARY KEY, pattern TEXT NOT NULL, kind TEXT NOT NULL,"
            + " reason TEXT NOT NULL, source TEXT NOT NULL, created INTEGER NOT NULL, expires INTEGER)",
        "CREATE INDEX list_entries_pattern ON list_entries(kind, pattern)",
        "CREATE TABLE list_sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
            + " reason TEXT NOT NULL, file TEXT NOT NULL, count INTEGER NOT NULL, created INTEGER NOT NULL,"
            + " expires INTEGER)",
        "CREATE TABLE call_log (id INTEGER PRIMARY KEY, time INTEGER NOT NULL, raw_number TEXT NOT NULL,"
            + " e164 TEXT, display_name TEXT NOT NULL, verdict TEXT NOT NULL, reasons TEXT NOT NULL,"
            + " outcome TEXT NOT NULL, message_id INTEGER)",
        "CREATE INDEX call_log_time ON call_log(time)",
        "CREATE TABLE messages (id INTEGER PRIMARY KEY, time INTEGER NOT NULL, caller TEXT NOT NULL,"
            + " caller_display TEXT NOT NULL, reasons TEXT NOT NULL, file TEXT NOT NULL,"
            + " duration_ms INTEGER NOT NULL DEFAULT 0, heard INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL)",
        bump("list_entries", "lists", "INSERT"),
        bump("list_entries", "lists", "UPDATE"),
        bump("list_entries", "lists", "DELETE"),
        bump("list_sources", "lists", "INSERT"),
        bump("list_sources", "lists", "UPDATE"),
        bump("list_sources", "lists", "DELETE"),
        bump("contacts", "contacts", "INSERT"),
        bump("contacts", "contacts", "UPDATE"),
        bump("contacts", "contacts", "DELETE"),
        bump("contact_numbers", "contacts", "INSERT"),
        bump("contact_numbers", "contacts", "DELETE"));
  }

  /** v2: how a call's audio was encrypted ("" plain or unknown, "srtp"). */
  private static List<String> v2() {
    return List.of("ALTER TABLE call_log ADD COLUMN media_encryption TEXT NOT NULL DEFAULT ''");
  }

  /**
   * v3: message triage (class "" = not triaged, e.g. recorded before v3: treated as speech; speech
   * in seconds, NULL unknown) and a call's mark ("ping call — don't call back: …", "" none).
   */
  private static List<String> v3() {
    return List.of(
        "ALTER TABLE messages ADD COLUMN triage TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN speech_seconds REAL",
        "ALTER TABLE call_log ADD COLUMN mark TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX call_log_marked ON call_log(e164) WHERE mark <> ''");
  }

  /**
   * v4: small shared state (do not disturb) that the CLI and a running phone both read, and the
   * numbers the user called back or dismissed from the call-back list (and when).
   */
  private static List<String> v4() {
    return List.of(
        "CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE callback_done (e164 TEXT PRIMARY KEY, time INTEGER NOT NULL,"
            + " how TEXT NOT NULL)");
  }

  /**
   * v5: whether a call's signalling ran over TLS ("tls", "plain"; "" for calls logged before it was
   * recorded).
   */
  private static List<String> v5() {
    return List.of(
        "ALTER TABLE call_log ADD COLUMN signalling_encryption TEXT NOT NULL DEFAULT ''");
  }

  /** v6: where a contact comes from (NULL: entered here; {@code carddav:URL}: a synced book). */
  private static List<String> v6() {
    return List.of(
        "ALTER TABLE contacts ADD COLUMN source TEXT",
        "CREATE INDEX contacts_source ON contacts(source)");
  }

  /**
   * v8: offers to block a robot range and the user's answer ({@link RangeProposals}): state {@code
   * OPEN}, {@code DISMISSED} or {@code BLOCKED}; {@code day} is ISO (2026-12-03).
   */
  private static List<String> v8() {
    return List.of(
        "CREATE TABLE range_proposals (pattern TEXT PRIMARY KEY, day TEXT NOT NULL,"
            + " messages INTEGER NOT NULL, state TEXT NOT NULL, time INTEGER NOT NULL)");
  }

  /** v9: the line ({@code [[account]]} name) a call came in on; "" for older calls. */
  private static List<String> v9() {
    return List.of("ALTER TABLE call_log ADD COLUMN line TEXT NOT NULL DEFAULT ''");
  }

  /** A trigger that bumps generation {@code gen} on every {@code op} of {@code table}. */
  private static String bump(String table, String gen, String op) {
    return "CREATE TRIGGER "
        + table
        + "_"
        + op.toLowerCase(java.util.Locale.ROOT)
        + "_bump AFTER "
        + op
        + " ON "
        + table
        + " BEGIN UPDATE generations SET value = value + 1 WHERE name = '"
        + gen
        + "'; END";
  }
}
