package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Reason;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Index of answering-machine messages. A message is created (state {@code recording}) before the
 * first sample is written, so a crash leaves a row that can later be {@link #markRecovered
 * recovered} or failed; the audio files themselves belong to the answering machine.
 */
public final class MessageIndex {
  public static final String RECORDING = "recording";
  public static final String COMPLETE = "complete";
  public static final String RECOVERED = "recovered";
  public static final String FAILED = "failed";

  /** All states. */
  public static final Set<String> STATES = Set.of(RECORDING, COMPLETE, RECOVERED, FAILED);

  /** Triage classes of messages filed under "Probably robots" (no speech, machine sounds). */
  public static final Set<String> ROBOT_TRIAGE = Set.of("silent", "tones");

  /** What {@link MessageEntry#triageLabel()} says for a message that was not triaged. */
  public static final String TRIAGE_UNKNOWN = "unknown";

  private final Db db;
  private final Codec codec;

  MessageIndex(Db db, Codec codec) {
    this.db = db;
    this.codec = codec;
  }

  /** Registers a message about to be recorded into {@code file}; returns its id. */
  public long create(
      Instant time, String caller, String callerDisplay, List<Reason> reasons, Path file) {
    return db.writeRecord(
        "creating message from " + caller,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO messages (time, caller, caller_display,"
                      + " reasons, file, state) VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, time.toEpochMilli());
            ps.setString(2, caller);
            ps.setString(3, callerDisplay);
            ps.setString(4, Codec.reasons(reasons));
            ps.setString(5, file.toString());
            ps.setString(6, RECORDING);
            return Db.insert(ps);
          }
        });
  }

  /** Recording finished normally. */
  public void complete(long id, Duration duration) {
    update(id, "state = '" + COMPLETE + "', duration_ms = ?", duration.toMillis());
  }

  /** A recording interrupted by a crash was repaired; {@code duration} is what could be saved. */
  public void markRecovered(long id, Duration duration) {
    update(id, "state = '" + RECOVERED + "', duration_ms = ?", duration.toMillis());
  }

  /** The recording could not be saved. */
  public void markFailed(long id) {
    update(id, "state = '" + FAILED + "'");
  }

  /**
   * Stores what the triage found in message {@code id}.
   *
   * @param triage the class label, e.g. {@code "speech"}, {@code "silent"}
   */
  public void setTriage(long id, String triage, double speechSeconds) {
    db.writeRecord(
        "storing the triage of message " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE messages SET triage = ?, speech_seconds = ? WHERE id = ?")) {
            ps.setString(1, triage);
            ps.setDouble(2, speechSeconds);
            ps.setLong(3, id);
            return ps.executeUpdate();
          }
        });
  }

  /** Messages recorded at or after {@code since}, newest first. */
  public List<MessageEntry> since(Instant since) {
    return query(
        "SELECT * FROM messages WHERE time >= ? ORDER BY time DESC, id DESC", since.toEpochMilli());
  }

  /** The user listened to the message (or marked it unheard again). */
  public void markHeard(long id, boolean heard) {
    update(id, "heard = ?", heard ? 1 : 0);
  }

  /** Removes the index entry (the caller deletes the audio file). Returns false if absent. */
  public boolean delete(long id) {
    return db.deleteById("messages", id);
  }

  /** All messages, newest first. */
  public List<MessageEntry> list() {
    return query("SELECT * FROM messages ORDER BY time DESC, id DESC");
  }

  /** Messages still in state {@code recording}, e.g. left behind by a crash. */
  public List<MessageEntry> unfinished() {
    return query("SELECT * FROM messages WHERE state = '" + RECORDING + "' ORDER BY id");
  }

  public Optional<MessageEntry> find(long id) {
    return query("SELECT * FROM messages WHERE id = ?", id).stream().findFirst();
  }

  /** Runs {@code UPDATE messages SET <set> WHERE id = ?} with {@code values} bound first. */
  private void update(long id, String set, long... values) {
    int n =
        db.writeRecord(
            "updating message " + id,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("UPDATE messages SET " + set + " WHERE id = ?")) {
                for (int i = 0; i < values.length; i++) {
                  ps.setLong(i + 1, values[i]);
                }
                ps.setLong(values.length + 1, id);
                return ps.executeUpdate();
              }
            });
    if (n == 0) {
      throw new StoreException("no message with id " + id);
    }
  }

  private List<MessageEntry> query(String sql, Object... params) {
    return db.list("reading messages", sql, this::row, params);
  }

  private MessageEntry row(ResultSet rs) throws SQLException {
    return new MessageEntry(
        rs.getLong("id"),
        Codec.instant(rs, "time"),
        rs.getString("caller"),
        rs.getString("caller_display"),
        Codec.reasons(rs.getString("reasons")),
        Path.of(rs.getString("file")),
        Duration.ofMillis(rs.getLong("duration_ms")),
        rs.getInt("heard") != 0,
        rs.getString("state"),
        rs.getString("triage"),
        speech(rs));
  }

  private static Optional<Double> speech(ResultSet rs) throws SQLException {
    double v = rs.getDouble("speech_seconds");
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }
}
