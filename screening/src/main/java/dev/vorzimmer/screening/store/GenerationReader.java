package dev.vorzimmer.screening.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * A second, read-only connection to the store's file that only reads the views' generation
 * counters, so checking them never waits for the writing connection's lock (the store lane holds it
 * for call-log writes). WAL: a reader is never blocked by a writer. Opened on first use, after the
 * migrations made the table.
 */
final class GenerationReader implements AutoCloseable {
  private final Path file;
  private Connection conn;
  private PreparedStatement query;
  private boolean closed;

  GenerationReader(Path file) {
    this.file = file;
  }

  /** The committed value of counter {@code name} (0 when there is no such row). */
  synchronized long read(String name) {
    try {
      if (query == null) {
        open();
      }
      query.setString(1, name);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new StoreException(
          "reading generation " + name + " failed in " + file + ": " + e.getMessage(), e);
    }
  }

  private void open() throws SQLException {
    if (closed) {
      throw new SQLException("the store is closed");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(Db.LOCK_POLL_MS);
    conn = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    query = conn.prepareStatement("SELECT value FROM generations WHERE name = ?");
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (conn == null) {
      return;
    }
    try (Connection c = conn;
        PreparedStatement q = query) {
      // closed in reverse order
    } catch (SQLException e) {
      throw new StoreException("closing " + file + " failed: " + e.getMessage(), e);
    } finally {
      conn = null;
      query = null;
    }
  }
}
