package dev.vorzimmer.screening.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The "do not disturb" switch, kept in the database so that {@code vorzimmer dnd} and a running
 * phone share it: off, on until switched off, or on until a time.
 */
public final class DoNotDisturb {
  static final String KEY = "dnd";
  private static final String ON = "on";
  private final Db db;

  DoNotDisturb(Db db) {
    this.db = db;
  }

  /** The switch as stored. */
  public sealed interface State {
    /** Whether everyone but favourites goes to the answering machine at {@code now}. */
    boolean activeAt(Instant now);
  }

  /** Do not disturb is off. */
  public record Off() implements State {
    @Override
    public boolean activeAt(Instant now) {
      return false;
    }
  }

  /** On until switched off ({@code until} empty) or until the given time. */
  public record On(Optional<Instant> until) implements State {
    @Override
    public boolean activeAt(Instant now) {
      return until.map(now::isBefore).orElse(true);
    }
  }

  /**
   * The stored switch; a time that has passed reads as {@link On} still (check {@code activeAt}).
   */
  public State read() {
    List<String> values =
        db.list(
            "reading do not disturb",
            "SELECT value FROM app_state WHERE key = ?",
            rs -> rs.getString(1),
            KEY);
    if (values.isEmpty()) {
      return new Off();
    }
    String v = values.get(0);
    return ON.equals(v)
        ? new On(Optional.empty())
        : new On(Optional.of(Instant.ofEpochMilli(Long.parseLong(v))));
  }

  /** Whether do not disturb applies at {@code now}. */
  public boolean activeAt(Instant now) {
    return read().activeAt(now);
  }

  /** Stores {@code state}. */
  public void set(State state) {
    db.write(
        "setting do not disturb",
        c -> {
          if (state instanceof On on) {
            try (PreparedStatement ps =
                c.prepareStatement("INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)")) {
              ps.setString(1, KEY);
              ps.setString(2, on.until().map(t -> Long.toString(t.toEpochMilli())).orElse(ON));
              return ps.executeUpdate();
            }
          }
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_state WHERE key = ?")) {
            ps.setString(1, KEY);
            return ps.executeUpdate();
          }
        });
  }
}
