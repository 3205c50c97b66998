package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.ReasonJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schema v7: reasons become codes. The English texts in {@code call_log.reasons} and {@code
 * messages.reasons} are read back into codes ({@link LegacyReasons}; what is not recognised stays
 * as legacy text), and notes the program wrote into block/allow entries in the window's language
 * ("from the window", "aus dem Fenster") or in English (robot ranges) become empty or codes; a
 * message's caller "unknown caller" becomes empty (the window words it).
 */
final class ReasonMigration {
  private static final Pattern ROBOT =
      Pattern.compile(
          "robot range: (\\d+) distinct callers in (\\d+) min(, quarantined \\(make permanent: (.+)\\))?");

  private ReasonMigration() {}

  static void run(Connection c) throws SQLException {
    convertReasons(c, "call_log");
    convertReasons(c, "messages");
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE list_entries SET reason = '' WHERE source = 'ui'"
                + " AND reason IN ('from the window', 'aus dem Fenster')")) {
      ps.executeUpdate();
    }
    convertRobotNotes(c);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE messages SET caller_display = '' WHERE caller_display = 'unknown caller'")) {
      ps.executeUpdate();
    }
  }

  private static void convertReasons(Connection c, String table) throws SQLException {
    Map<Long, String> converted = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, reasons FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<Reason> reasons = new ArrayList<>();
        for (Reason r : read(rs.getString(2))) {
          reasons.add(r.code().equals(Reason.LEGACY) ? LegacyReasons.parse(r.arg("text")) : r);
        }
        converted.put(rs.getLong(1), ReasonJson.write(reasons));
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE " + table + " SET reasons = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> e : converted.entrySet()) {
        ps.setString(1, e.getValue());
        ps.setLong(2, e.getKey());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** A corrupt column keeps its text (as one legacy reason) rather than failing the upgrade. */
  private static List<Reason> read(String json) {
    try {
      return ReasonJson.read(json);
    } catch (IllegalArgumentException e) {
      return List.of(Reason.legacy(json == null ? "" : json));
    }
  }

  private static void convertRobotNotes(Connection c) throws SQLException {
    Map<Long, String> converted = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, reason FROM list_entries WHERE source = 'robot-range'"
                    + " AND reason LIKE 'robot range: %'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Matcher m = ROBOT.matcher(rs.getString(2));
        if (m.matches()) {
          long seconds = Long.parseLong(m.group(2)) * 60;
          Reason r =
              m.group(3) == null
                  ? Reason.of("robot.entry", "count", m.group(1), "seconds", seconds)
                  : Reason.of(
                      "robot.entry.quarantine",
                      "count",
                      m.group(1),
                      "seconds",
                      seconds,
                      "command",
                      m.group(4));
          converted.put(rs.getLong(1), ReasonJson.write(r));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE list_entries SET reason = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> e : converted.entrySet()) {
        ps.setString(1, e.getValue());
        ps.setLong(2, e.getKey());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
