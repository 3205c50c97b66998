package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.internal.lists.PhoneKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Removes a pattern from rows and, for an exact number, from every bulk file that holds it. */
final class BulkRemoval {
  private final Db db;
  private final Sidecars sidecars;
  private final List<String> written = new ArrayList<>();
  private final List<String> obsolete = new ArrayList<>();

  BulkRemoval(Db db, Sidecars sidecars) {
    this.db = db;
    this.sidecars = sidecars;
  }

  int remove(String pattern, ListKind kind) {
    try {
      int removed =
          db.write(
              "removing " + pattern + " from the " + kind + " list",
              c -> {
                int n = deleteRows(c, pattern, kind);
                if (!pattern.endsWith("*")) {
                  n += removeFromSources(c, PhoneKeys.packNumber(pattern), kind);
                }
                return n;
              });
      sidecars.deleteQuietly(obsolete);
      return removed;
    } catch (UncheckedIOException e) {
      sidecars.deleteQuietly(written);
      throw new StoreException(
          "removing " + pattern + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (RuntimeException e) {
      sidecars.deleteQuietly(written);
      throw e;
    }
  }

  private static int deleteRows(Connection c, String pattern, ListKind kind) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM list_entries WHERE pattern = ? AND kind = ?")) {
      ps.setString(1, pattern);
      ps.setString(2, kind.name());
      return ps.executeUpdate();
    }
  }

  private int removeFromSources(Connection c, long key, ListKind kind) throws SQLException {
    int n = 0;
    for (ListSource s : Sidecars.readSources(c, sidecars.dir(), "WHERE kind = ?", kind.name())) {
      String oldName = s.file().getFileName().toString();
      long[] keys = read(oldName);
      int i = Arrays.binarySearch(keys, key);
      if (i < 0) {
        continue;
      }
      long[] rest = new long[keys.length - 1];
      System.arraycopy(keys, 0, rest, 0, i);
      System.arraycopy(keys, i + 1, rest, i, rest.length - i);
      String newName = write(rest);
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE list_sources SET file = ?, count = ? WHERE id = ?")) {
        ps.setString(1, newName);
        ps.setInt(2, rest.length);
        ps.setLong(3, s.id());
        ps.executeUpdate();
      }
      obsolete.add(oldName);
      n++;
    }
    return n;
  }

  private long[] read(String name) {
    try {
      return sidecars.read(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(long[] keys) {
    try {
      String name = sidecars.writeNew(keys);
      written.add(name);
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
