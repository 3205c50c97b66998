package dev.vorzimmer.screening.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite connection of a store (auto-commit mode). All access is serialised on this object.
 * Write transactions start with {@code BEGIN IMMEDIATE} so a second process waits instead of
 * failing with SQLITE_BUSY halfway through a transaction. The wait for another process's write lock
 * (up to {@link #BUSY_TIMEOUT_MS}) happens in short polls with this object released, so reads (WAL:
 * never blocked by a writer) go on meanwhile — a phone whose call-log write waits for a long {@code
 * vorzimmer block import} still screens calls.
 */
final class Db implements AutoCloseable {
  static final int BUSY_TIMEOUT_MS = 15_000;

  /** SQLite's own busy wait per attempt; between attempts the monitor is released. */
  static final int LOCK_POLL_MS = 100;

  private static final int SQLITE_BUSY = 5;

  /** Maps the current row of a result set. */
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Work done inside a transaction or a read. */
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private final Path file;
  private final Connection conn;

  /** Committed write transactions that may change what a {@link CachedView} shows. */
  private volatile long viewWrites;

  /**
   * Statements prepared once and kept ({@link #prepared}): for a statement run for every call,
   * preparing it cost about as much as running it (issue #15's profile).
   */
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  private Db(Path file, Connection conn) {
    this.file = file;
    this.conn = conn;
  }

  static Db open(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(LOCK_POLL_MS);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    // sqlite-jdbc would prepare and run "SELECT last_insert_rowid()" after every INSERT (also the
    // call log's, whose id comes from lastInsertId()): #15's profile, a fifth of the store lane
    config.setGetGeneratedKeys(false);
    Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    return new Db(file, c);
  }

  Path file() {
    return file;
  }

  /**
   * Runs {@code work} in a write transaction ({@code BEGIN IMMEDIATE}, waiting up to the busy
   * timeout for another process's write to finish, without holding this object meanwhile); rolls
   * back on failure.
   */
  <T> T write(String what, SqlWork<T> work) {
    return write(what, work, true);
  }

  /**
   * As {@link #write(String, SqlWork)}, for a write that changes no table a {@link CachedView}
   * reads (call log, messages): the views do not check their counters for it.
   */
  <T> T writeRecord(String what, SqlWork<T> work) {
    return write(what, work, false);
  }

  private <T> T write(String what, SqlWork<T> work, boolean forViews) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUSY_TIMEOUT_MS);
    while (true) {
      synchronized (this) {
        if (begin(what, deadline)) {
          T result = inTransaction(what, work);
          if (forViews) {
            viewWrites++; // under this object's lock: no lost update
          }
          return result;
        }
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(LOCK_POLL_MS / 4));
    }
  }

  /**
   * Starts a write transaction: true if started, false if another process holds the lock (try
   * again).
   */
  private boolean begin(String what, long deadline) {
    try {
      exec("BEGIN IMMEDIATE");
      return true;
    } catch (SQLException e) {
      if ((e.getErrorCode() & 0xff) == SQLITE_BUSY && System.nanoTime() < deadline) {
        return false;
      }
      throw new StoreException(what + " failed in " + file + ": " + e.getMessage(), e);
    }
  }

  private <T> T inTransaction(String what, SqlWork<T> work) {
    try {
      try {
        T result = work.run(conn);
        exec("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackAfter(e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(what + " failed in " + file + ": " + e.getMessage(), e);
    }
  }

  /** Rolls back; a failure (e.g. SQLite already rolled back) is attached to {@code cause}. */
  private void rollbackAfter(Exception cause) {
    try {
      exec("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Runs a transaction's {@code BEGIN IMMEDIATE}, {@code COMMIT} or {@code ROLLBACK}. */
  private void exec(String sql) throws SQLException {
    prepared(sql).execute();
  }

  /**
   * The statement for {@code sql} on this connection, prepared on first use and kept: for the few
   * fixed statements of every call (never for SQL built from values). Never close it; set every
   * parameter before each use. Use it with this object held (inside {@link #write} or {@link
   * #read}).
   */
  synchronized PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement ps = prepared.get(sql);
    if (ps == null) {
      ps = conn.prepareStatement(sql);
      prepared.put(sql, ps);
    }
    return ps;
  }

  /** The id of the row this connection inserted last (SQLite's {@code last_insert_rowid()}). */
  synchronized long lastInsertId() throws SQLException {
    try (ResultSet rs = prepared("SELECT last_insert_rowid()").executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("no id generated");
      }
      return rs.getLong(1);
    }
  }

  /** Runs {@code work} outside an explicit transaction (each statement sees committed data). */
  synchronized <T> T read(String what, SqlWork<T> work) {
    try {
      return work.run(conn);
    } catch (SQLException e) {
      throw new StoreException(what + " failed in " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * How many write transactions that may change a view this connection committed; a {@link
   * CachedView} checks its counter when this changed.
   */
  long viewWrites() {
    return viewWrites;
  }

  static long queryLong(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Runs {@code sql} with {@code params} bound in order and maps every row. */
  synchronized <T> List<T> list(String what, String sql, RowMapper<T> mapper, Object... params) {
    return read(
        what,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              ps.setObject(i + 1, params[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(mapper.map(rs));
              }
            }
            return out;
          }
        });
  }

  /** Deletes row {@code id} of {@code table}; false if there was none. */
  boolean deleteById(String table, long id) {
    return write(
        "deleting " + table + " row " + id,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
          }
        });
  }

  static long insert(PreparedStatement ps) throws SQLException {
    ps.executeUpdate();
    try (Statement s = ps.getConnection().createStatement();
        ResultSet keys = s.executeQuery("SELECT last_insert_rowid()")) {
      if (!keys.next()) {
        throw new SQLException("no id generated");
      }
      return keys.getLong(1);
    }
  }

  @Override
  public synchronized void close() {
    try {
      for (PreparedStatement ps : prepared.values()) {
        ps.close();
      }
      prepared.clear();
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("closing " + file + " failed: " + e.getMessage(), e);
    }
  }
}
