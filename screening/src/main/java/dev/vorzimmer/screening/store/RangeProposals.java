package dev.vorzimmer.screening.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The offers to block a number range after robot messages from it (schema v8), so an offer outlives
 * a restart until the user answers it, and an answer is remembered: a range proposed on a day is
 * not proposed again that day, a dismissed or blocked offer is not shown again. One row per range:
 * a later day's offer replaces the earlier one.
 */
public final class RangeProposals {
  /** What became of an offer. */
  public enum State {
    OPEN,
    DISMISSED,
    BLOCKED
  }

  /**
   * One offer.
   *
   * @param pattern the range, e.g. {@code +49221555990*}
   * @param messages the robot messages from it that day
   * @param day the day of those messages
   * @param state open, or how the user answered
   */
  public record Proposal(String pattern, int messages, LocalDate day, State state) {}

  private final Db db;

  RangeProposals(Db db) {
    this.db = db;
  }

  /** Stores an open offer for {@code pattern} on {@code day}, replacing an earlier day's. */
  public void propose(String pattern, int messages, LocalDate day, Instant now) {
    db.write(
        "storing the offer to block " + pattern,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO range_proposals (pattern, day, messages, state, time)"
                      + " VALUES (?, ?, ?, 'OPEN', ?)")) {
            ps.setString(1, pattern);
            ps.setString(2, day.toString());
            ps.setInt(3, messages);
            ps.setLong(4, now.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  /** The offer for {@code pattern}, whatever its state. */
  public Optional<Proposal> find(String pattern) {
    return db
        .list(
            "reading the offer to block " + pattern,
            "SELECT pattern, messages, day, state FROM range_proposals WHERE pattern = ?",
            rs ->
                new Proposal(
                    rs.getString(1),
                    rs.getInt(2),
                    LocalDate.parse(rs.getString(3)),
                    State.valueOf(rs.getString(4))),
            pattern)
        .stream()
        .findFirst();
  }

  /** The offers still waiting for an answer, newest first. */
  public List<Proposal> open() {
    return db.list(
        "reading the open range offers",
        "SELECT pattern, messages, day, state FROM range_proposals WHERE state = 'OPEN'"
            + " ORDER BY time DESC",
        rs ->
            new Proposal(
                rs.getString(1),
                rs.getInt(2),
                LocalDate.parse(rs.getString(3)),
                State.valueOf(rs.getString(4))));
  }

  /** Records the user's answer ({@link State#DISMISSED} "Not now", {@link State#BLOCKED}). */
  public void answer(String pattern, State state) {
    db.write(
        "answering the offer to block " + pattern,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE range_proposals SET state = ? WHERE pattern = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, pattern);
            return ps.executeUpdate();
          }
        });
  }
}
