package dev.vorzimmer.screening.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

/**
 * The call-back list: numbers of contacts whose call was missed, and of anyone who left a message,
 * since the user last called them back or dismissed them. An answered call from the number later
 * also settles it. One entry per number.
 */
public final class CallBacks {
  /** Entries older than this are not on the list any more. */
  public static final java.time.Duration KEEP = java.time.Duration.ofDays(14);

  private static final String OPEN =
      "SELECT c.e164, MAX(c.time) AS last, COUNT(*) AS n,"
          + " MAX(CASE WHEN m.id IS NOT NULL THEN 1 ELSE 0 END) AS msg"
          + " FROM call_log c"
          + " LEFT JOIN messages m ON m.id = c.message_id AND m.state <> 'failed'"
          + " LEFT JOIN callback_done d ON d.e164 = c.e164"
          + " WHERE c.e164 IS NOT NULL AND c.time > ? AND c.time > COALESCE(d.time, 0)"
          + " AND c.verdict <> 'REJECT'"
          + " AND (m.id IS NOT NULL OR (c.outcome IN ('missed', 'unanswered')"
          + "   OR (c.outcome = 'voicemail' AND c.verdict = 'RING'))"
          + "   AND c.e164 IN (SELECT e164 FROM contact_numbers))"
          + " AND NOT EXISTS (SELECT 1 FROM call_log a WHERE a.e164 = c.e164"
          + "   AND a.outcome = 'answered' AND a.time > c.time)"
          + " GROUP BY c.e164 ORDER BY last DESC";

  private final Db db;

  CallBacks(Db db) {
    this.db = db;
  }

  /**
   * One number to call back.
   *
   * @param e164 the caller's number
   * @param last the newest call from it that needs a call back
   * @param calls how many such calls
   * @param message whether at least one of them left a message
   */
  public record Entry(String e164, Instant last, int calls, boolean message) {}

  /** The open entries as of {@code now}, newest first. */
  public List<Entry> open(Instant now) {
    return db.list(
        "reading the call-back list",
        OPEN,
        rs ->
            new Entry(
                rs.getString(1),
                Instant.ofEpochMilli(rs.getLong(2)),
                rs.getInt(3),
                rs.getInt(4) == 1),
        now.minus(KEEP).toEpochMilli());
  }

  /**
   * Settles {@code e164}'s entry: every call from it up to {@code time} is off the list.
   *
   * @param how {@code "called"} or {@code "dismissed"}
   */
  public void done(String e164, Instant time, String how) {
    db.write(
        "settling the call back of " + e164,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO callback_done (e164, time, how) VALUES (?, ?, ?)")) {
            ps.setString(1, e164);
            ps.setLong(2, time.toEpochMilli());
            ps.setString(3, how);
            return ps.executeUpdate();
          }
        });
  }
}
