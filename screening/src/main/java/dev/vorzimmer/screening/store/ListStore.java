package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.internal.io.Numbers;
import dev.vorzimmer.screening.internal.io.TextListWriter;
import dev.vorzimmer.screening.internal.lists.PhoneKeys;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Block and allow list entries. Single entries (CLI, UI) are rows; imported lists are bulk sources
 * whose numbers live in sidecar files (see {@link ListSource}).
 */
public final class ListStore {
  private final Db db;
  private final Sidecars sidecars;
  private final Clock clock;

  ListStore(Db db, Sidecars sidecars, Clock clock) {
    this.db = db;
    this.sidecars = sidecars;
    this.clock = clock;
  }

  /**
   * Adds one entry.
   *
   * @param pattern E.164 number ({@code +4930123}) or prefix ({@code +49211*}, {@code +1*})
   * @throws IllegalArgumentException if the pattern is neither
   */
  public ListEntry add(
      String pattern, ListKind kind, String reason, String source, Optional<Instant> expires) {
    checkPattern(pattern);
    Instant created = clock.instant();
    long id =
        db.write(
            "adding list entry " + pattern,
            c -> insertEntry(c, new ListEntry(0, pattern, kind, reason, source, created, expires)));
    return new ListEntry(
        id, pattern, kind, reason, source, Instant.ofEpochMilli(created.toEpochMilli()), expires);
  }

  /**
   * Removes every entry of {@code kind} with exactly this pattern, including the number from bulk
   * lists (their files are rewritten). Returns how many entries were removed.
   */
  public int remove(String pattern, ListKind kind) {
    checkPattern(pattern);
    return new BulkRemoval(db, sidecars).remove(pattern, kind);
  }

  /**
   * Removes the single entries of {@code kind} with exactly this pattern that came from {@code
   * source} (e.g. the call-back allowance before a fresh one); entries from elsewhere stay.
   */
  public int removeFromSource(String pattern, ListKind kind, String source) {
    return db.write(
        "removing " + source + " entries of " + pattern,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM list_entries WHERE pattern = ? AND kind = ? AND source = ?")) {
            ps.setString(1, pattern);
            ps.setString(2, kind.name());
            ps.setString(3, source);
            return ps.executeUpdate();
          }
        });
  }

  /**
   * Deletes every entry whose end time has passed at {@code now} (temporary allow entries, robot
   * quarantines); returns how many went. Matching ignores them already; this keeps the lists short.
   */
  public int removeExpired(Instant now) {
    return db.write(
        "removing expired list entries",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM list_entries WHERE expires IS NOT NULL AND expires <= ?")) {
            ps.setLong(1, now.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  /** Single and prefix entries of {@code kind} (not the numbers inside bulk sources). */
  public List<ListEntry> entries(ListKind kind) {
    return db.read(
        "reading list entries",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM list_entries WHERE kind = ? ORDER BY pattern, id")) {
            ps.setString(1, kind.name());
            return readEntries(ps);
          }
        });
  }

  /** Bulk sources (imports). */
  public List<ListSource> sources() {
    return db.read("reading list sources", c -> Sidecars.readSources(c, sidecars.dir(), ""));
  }

  /**
   * The numbers of a bulk source in stored form ({@code +4930123456}), at most {@code max}, for
   * showing a small import entry by entry. Reads the whole sidecar file: check {@link
   * ListSource#count()} before asking for a big one.
   */
  public List<String> numbers(ListSource source, int max) throws IOException {
    long[] keys = sidecars.read(source.file().getFileName().toString());
    List<String> out = new ArrayList<>(Math.min(max, keys.length));
    for (int i = 0; i < keys.length && i < max; i++) {
      out.add(PhoneKeys.toNumber(keys[i]));
    }
    return out;
  }

  /** Removes an import (its bulk files and rows); returns false if there was none. */
  public boolean removeSource(String name) {
    return new ListImport(db, sidecars, clock).removeSource(name);
  }

  /**
   * Imports a text/CSV list; see {@link dev.vorzimmer.screening.internal.io.TextListReader} for the
   * format. Importing a file with the same name again replaces the earlier import.
   *
   * @param normaliser turns national numbers into E.164; empty if it cannot
   */
  public ImportReport importText(
      Path file, ListKind kind, Function<String, Optional<String>> normaliser) throws IOException {
    return new ListImport(db, sidecars, clock).importText(file, kind, normaliser);
  }

  /** Imports a text list accepting only international forms ({@code +…}, {@code 00…}, prefixes). */
  public ImportReport importText(Path file, ListKind kind) throws IOException {
    return importText(file, kind, Numbers.defaultNormaliser());
  }

  /** Writes every entry of {@code kind} (single, prefix and bulk) in the import format. */
  public void exportText(ListKind kind, Writer out) throws IOException {
    TextListWriter w = new TextListWriter(out);
    w.comment(
        "Vorzimmer "
            + kind.name().toLowerCase(java.util.Locale.ROOT)
            + " list, exported "
            + clock.instant());
    for (ListEntry e : entries(kind)) {
      w.entry(e.pattern(), e.reason());
    }
    for (ListSource s : sources()) {
      if (s.kind() == kind) {
        for (long key : sidecars.read(s.file().getFileName().toString())) {
          w.entry(PhoneKeys.toNumber(key), s.reason());
        }
      }
    }
    out.flush();
  }

  static long insertEntry(Connection c, ListEntry e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO list_entries (pattern, kind, reason, source,"
                + " created, expires) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, e.pattern());
      ps.setString(2, e.kind().name());
      ps.setString(3, e.reason());
      ps.setString(4, e.source());
      ps.setLong(5, e.created().toEpochMilli());
      Codec.setOptionalInstant(ps, 6, e.expires());
      return Db.insert(ps);
    }
  }

  static List<ListEntry> readEntries(PreparedStatement ps) throws SQLException {
    List<ListEntry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new ListEntry(
                rs.getLong("id"),
                rs.getString("pattern"),
                ListKind.valueOf(rs.getString("kind")),
                rs.getString("reason"),
                rs.getString("source"),
                Codec.instant(rs, "created"),
                Codec.optionalInstant(rs, "expires")));
      }
    }
    return out;
  }

  static void checkPattern(String pattern) {
    boolean ok =
        pattern.endsWith("*")
            ? PhoneKeys.packPrefix(pattern) != PhoneKeys.INVALID && pattern.charAt(1) != '0'
            : Numbers.isE164(pattern);
    if (!ok) {
      throw new IllegalArgumentException(
          "'"
              + pattern
              + "' is not a phone number or prefix — expected +4930123456, +49211* or +1*");
    }
  }
}
