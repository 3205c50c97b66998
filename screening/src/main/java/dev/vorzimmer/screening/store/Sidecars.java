package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.internal.lists.PackedListFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory of bulk-list sidecar files next to the database, and the {@code list_sources} rows.
 */
final class Sidecars {
  private static final Logger log = LoggerFactory.getLogger(Sidecars.class);
  private final Path dir;

  Sidecars(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /**
   * Writes {@code keys} to a new uniquely named file; returns its name relative to {@link #dir}.
   */
  String writeNew(long[] keys) throws IOException {
    String name = UUID.randomUUID() + ".vzl";
    PackedListFile.write(dir.resolve(name), keys);
    return name;
  }

  long[] read(String name) throws IOException {
    return PackedListFile.read(dir.resolve(name));
  }

  /** Deletes files no longer referenced; a failure is logged, the file is merely left behind. */
  void deleteQuietly(List<String> names) {
    for (String name : names) {
      try {
        Files.deleteIfExists(dir.resolve(name));
      } catch (IOException e) {
        log.warn("could not delete obsolete list file {} in {}: {}", name, dir, e.toString());
      }
    }
  }

  static List<ListSource> readSources(Connection c, Path dir, String where, Object... params)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM list_sources " + where + " ORDER BY id")) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<ListSource> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ListSource(
                  rs.getLong("id"),
                  rs.getString("name"),
                  ListKind.valueOf(rs.getString("kind")),
                  rs.getString("reason"),
                  dir.resolve(rs.getString("file")),
                  rs.getInt("count"),
                  Codec.instant(rs, "created"),
                  Codec.optionalInstant(rs, "expires")));
        }
      }
      return out;
    }
  }

  static long insertSource(Connection c, ListSource s, String fileName) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO list_sources (name, kind, reason, file, count,"
                + " created, expires) VALUES (?,?,?,?,?,?,?)")) {
      ps.setString(1, s.name());
      ps.setString(2, s.kind().name());
      ps.setString(3, s.reason());
      ps.setString(4, fileName);
      ps.setInt(5, s.count());
      ps.setLong(6, s.created().toEpochMilli());
      Codec.setOptionalInstant(ps, 7, s.expires());
      return Db.insert(ps);
    }
  }

  /** The metadata every number of {@code s} shares, as a list entry template. */
  static ListEntry template(ListSource s) {
    return new ListEntry(s.id(), "", s.kind(), s.reason(), s.name(), s.created(), s.expires());
  }
}
