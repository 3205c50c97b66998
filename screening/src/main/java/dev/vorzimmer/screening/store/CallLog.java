package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Reason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every screening decision with its reasons (as codes, see {@link Reason}) and what became of the
 * call.
 */
public final class CallLog {
  /**
   * Allowed outcomes. {@code unanswered}: it rang for the whole ring time and the answering machine
   * took it (whether a message was left shows in the message link, see {@link CallResult}).
   */
  public static final Set<String> OUTCOMES =
      Set.of(
          "ringing",
          "answered",
          "missed",
          "unanswered",
          "voicemail",
          "rejected",
          "cancelled",
          "ghost");

  private static final String INSERT_CALL =
      "INSERT INTO call_log (time, raw_number, e164, display_name, verdict, reasons, outcome, line,"
          + " signalling_encryption, media_encryption, mark) VALUES (?,?,?,?,?,?,?,?,?,?,?)";

  /**
   * How a call ended, as {@link #recordEnd(long, End)} and {@link #logCalls} write it.
   *
   * @param signalling {@code "tls"} or {@code "plain"}; null or "" when not known
   * @param media {@code "srtp"}, or {@code ""} for plain audio
   * @param outcome one of {@link #OUTCOMES}
   * @param mark e.g. a ping-call mark
   */
  public record End(String signalling, String media, String outcome, Optional<Reason> mark) {
    public End {
      checkOutcome(outcome);
    }
  }

  private final Db db;
  private final Codec codec;

  CallLog(Db db, Codec codec) {
    this.db = db;
    this.codec = codec;
  }

  /** Records a call; returns its id. Use outcome {@code "ringing"} until the outcome is known. */
  public long logCall(
      Instant time,
      String rawNumber,
      Optional<String> e164,
      String displayName,
      String verdict,
      List<Reason> reasons,
      String outcome) {
    return logCall(time, rawNumber, e164, displayName, verdict, reasons, outcome, "");
  }

  /**
   * Records a call that came in on {@code line} (the name of the line called; "" when there is only
   * the one line or none); returns its id.
   */
  public long logCall(
      Instant time,
      String rawNumber,
      Optional<String> e164,
      String displayName,
      String verdict,
      List<Reason> reasons,
      String outcome,
      String line) {
    NewCall call =
        new NewCall(
            time,
            rawNumber,
            e164,
            displayName,
            verdict,
            reasons,
            line,
            new End("", "", outcome, Optional.empty()));
    return db.writeRecord("logging call from " + rawNumber, c -> insertRow(call));
  }

  /**
   * A call to record with {@link #logCalls}: its row as {@link #logCall} takes it, and how it ended
   * (outcome {@code "ringing"} while it is not known).
   */
  public record NewCall(
      Instant time,
      String rawNumber,
      Optional<String> e164,
      String displayName,
      String verdict,
      List<Reason> reasons,
      String line,
      End end) {}

  /**
   * Records {@code calls} in one write (a flood's rejected calls; a call whose end came before its
   * row was written) and returns their ids in the same order. A reader sees all of them or none,
   * and each row as after {@link #logCall} followed by {@link #recordEnd(long, End)}.
   */
  public List<Long> logCalls(List<NewCall> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    return db.writeRecord(
        "logging " + calls.size() + " calls from " + calls.get(0).rawNumber() + " on",
        c -> {
          List<Long> ids = new java.util.ArrayList<>(calls.size());
          for (NewCall call : calls) {
            ids.add(insertRow(call));
          }
          return ids;
        });
  }

  /** Inserts {@code call}'s row inside the caller's write transaction; returns its id. */
  private long insertRow(NewCall call) throws SQLException {
    End end = call.end();
    PreparedStatement ps = db.prepared(INSERT_CALL);
    ps.setLong(1, call.time().toEpochMilli());
    ps.setString(2, call.rawNumber());
    ps.setString(3, call.e164().orElse(null));
    ps.setString(4, call.displayName());
    ps.setString(5, call.verdict());
    ps.setString(6, codec.reasonsOfCall(call.reasons()));
    ps.setString(7, end.outcome());
    ps.setString(8, call.line());
    ps.setString(9, end.signalling() == null ? "" : end.signalling());
    ps.setString(10, end.media() == null ? "" : end.media());
    ps.setString(11, end.mark().map(dev.vorzimmer.screening.ReasonJson::write).orElse(""));
    ps.executeUpdate();
    return db.lastInsertId();
  }

  /**
   * Sets the outcome of call {@code id}, and the message recorded for it if any.
   *
   * @throws StoreException if there is no such call
   */
  public void updateOutcome(long id, String outcome, Optional<Long> messageId) {
    checkOutcome(outcome);
    requireCall(
        id,
        update(
            "updating outcome of call " + id,
            "UPDATE call_log SET outcome = ?, message_id = COALESCE(?, message_id) WHERE id = ?",
            outcome,
            messageId.orElse(null),
            id));
  }

  /**
   * Replaces the reasons of call {@code id} (a summary row whose count grew).
   *
   * @throws StoreException if there is no such call
   */
  public void updateReasons(long id, List<Reason> reasons) {
    requireCall(
        id,
        update(
            "updating reasons of call " + id,
            "UPDATE call_log SET reasons = ? WHERE id = ?",
            Codec.reasons(reasons),
            id));
  }

  /**
   * Drops the link from call {@code id} to its message (the caller hung up during the greeting, so
   * there is none).
   */
  public void unlinkMessage(long id) {
    update(
        "unlinking the message of call " + id,
        "UPDATE call_log SET message_id = NULL WHERE id = ?",
        id);
  }

  /** Records how call {@code id}'s audio was encrypted ({@code "srtp"}). */
  public void updateMediaEncryption(long id, String how) {
    updateEncryption(id, null, how);
  }

  /**
   * Records how call {@code id} was protected: its signalling ({@code "tls"} or {@code "plain"};
   * null leaves it as it is) and its audio ({@code "srtp"}, or {@code ""} for plain).
   */
  public void updateEncryption(long id, String signalling, String media) {
    update(
        "recording the encryption of call " + id,
        "UPDATE call_log SET media_encryption = ?,"
            + " signalling_encryption = COALESCE(?, signalling_encryption) WHERE id = ?",
        media,
        signalling,
        id);
  }

  /**
   * Records how call {@code id} ended, in one write: its protection (as {@link #updateEncryption}),
   * its outcome and, if present, its mark. A reader sees all of it or none.
   *
   * @throws StoreException if there is no such call
   */
  public void recordEnd(
      long id, String signalling, String media, String outcome, Optional<Reason> mark) {
    recordEnd(id, new End(signalling, media, outcome, mark));
  }

  /** {@link #recordEnd(long, String, String, String, Optional)} with the end as one value. */
  public void recordEnd(long id, End end) {
    String markJson = end.mark().map(dev.vorzimmer.screening.ReasonJson::write).orElse(null);
    requireCall(
        id,
        update(
            "recording the end of call " + id,
            "UPDATE call_log SET media_encryption = ?,"
                + " signalling_encryption = COALESCE(?, signalling_encryption),"
                + " outcome = ?, mark = COALESCE(?, mark) WHERE id = ?",
            end.media(),
            end.signalling(),
            end.outcome(),
            markJson,
            id));
  }

  /** Marks call {@code id}, e.g. as a ping call ("ping call — don't call back: …"). */
  public void updateMark(long id, Reason reason) {
    String mark = dev.vorzimmer.screening.ReasonJson.write(reason);
    update("marking call " + id, "UPDATE call_log SET mark = ? WHERE id = ?", mark, id);
  }

  /** The newest mark of a call from {@code e164} (a ping call), if any call from it has one. */
  public Optional<Reason> latestMark(String e164) {
    return db
        .list(
            "reading the marks of " + e164,
            "SELECT mark FROM call_log WHERE e164 = ? AND mark <> '' ORDER BY time DESC, id DESC"
                + " LIMIT 1",
            rs -> rs.getString("mark"),
            e164)
        .stream()
        .findFirst()
        .map(
            mark ->
                dev.vorzimmer.screening.ReasonJson.readOne(mark)
                    .orElseGet(() -> Reason.legacy(mark)));
  }

  /** The line called by the call that left message {@code messageId} ("" when not logged). */
  public String lineOfMessage(long messageId) {
    return db
        .list(
            "reading the line of message " + messageId,
            "SELECT line FROM call_log WHERE message_id = ? LIMIT 1",
            rs -> rs.getString("line"),
            messageId)
        .stream()
        .findFirst()
        .orElse("");
  }

  /** Sets the outcome of call {@code id}. */
  public void updateOutcome(long id, String outcome) {
    updateOutcome(id, outcome, Optional.empty());
  }

  /** The newest {@code limit} calls, newest first. */
  public List<CallLogEntry> recentCalls(int limit) {
    return db.list(
        "reading call log",
        "SELECT * FROM call_log ORDER BY time DESC, id DESC LIMIT ?",
        this::row,
        limit);
  }

  /**
   * Deletes the calls logged before {@code cutoff} (their messages stay until deleted themselves);
   * returns how many rows went.
   */
  public int deleteBefore(Instant cutoff) {
    return update(
        "deleting calls before " + cutoff,
        "DELETE FROM call_log WHERE time < ?",
        cutoff.toEpochMilli());
  }

  /** Runs {@code sql} with {@code params} bound in order; returns how many rows it changed. */
  private int update(String what, String sql, Object... params) {
    return db.writeRecord(
        what,
        c -> {
          PreparedStatement ps = db.prepared(sql); // a constant of this class: kept, see Db
          for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
          }
          return ps.executeUpdate();
        });
  }

  private static void requireCall(long id, int changed) {
    if (changed == 0) {
      throw new StoreException("no call with id " + id);
    }
  }

  private CallLogEntry row(ResultSet rs) throws SQLException {
    long msg = rs.getLong("message_id");
    Optional<Long> messageId = rs.wasNull() ? Optional.empty() : Optional.of(msg);
    return new CallLogEntry(
        rs.getLong("id"),
        Codec.instant(rs, "time"),
        rs.getString("raw_number"),
        Optional.ofNullable(rs.getString("e164")),
        rs.getString("display_name"),
        rs.getString("verdict"),
        Codec.reasons(rs.getString("reasons")),
        rs.getString("outcome"),
        messageId,
        rs.getString("media_encryption"),
        rs.getString("mark"),
        rs.getString("signalling_encryption"),
        rs.getString("line"));
  }

  private static void checkOutcome(String outcome) {
    if (!OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException(
          "unknown call outcome '" + outcome + "', expected one of " + OUTCOMES);
    }
  }
}
