package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statements {@link Db} prepares once and keeps: a write that fails on one rolls back, and the
 * same statement then writes again; the ids it reports are the rows it inserted.
 */
class KeptStatementTest {
  private static final String INSERT = "INSERT INTO t (v) VALUES (?)";
  @TempDir Path dir;
  private Db db;

  @BeforeEach
  void open() throws Exception {
    db = Db.open(dir.resolve("k.db"));
    db.write(
        "schema",
        c -> {
          try (Statement s = c.createStatement()) {
            return s.executeUpdate(
                "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)");
          }
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aFailedWriteOnAKeptStatementRollsBackAndTheStatementWritesAgain() throws Exception {
    long first = insert("a");
    assertThatThrownBy(() -> insertTwoSecondFails("b", "a"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("UNIQUE");
    long second = insert("c");

    assertThat(second).isGreaterThan(first);
    assertThat(values()).isEqualTo("a,c"); // "b" was rolled back with the failed transaction
  }

  private long insert(String v) {
    return db.writeRecord(
        "insert " + v,
        c -> {
          PreparedStatement ps = db.prepared(INSERT);
          ps.setString(1, v);
          ps.executeUpdate();
          return db.lastInsertId();
        });
  }

  private void insertTwoSecondFails(String v, String duplicate) {
    db.writeRecord(
        "insert two",
        c -> {
          for (String each : new String[] {v, duplicate}) {
            PreparedStatement ps = db.prepared(INSERT);
            ps.setString(1, each);
            ps.executeUpdate();
          }
          return null;
        });
  }

  private String values() {
    return db.read(
        "values",
        c -> {
          StringBuilder out = new StringBuilder();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT v FROM t ORDER BY id")) {
            while (rs.next()) {
              out.append(out.length() == 0 ? "" : ",").append(rs.getString(1));
            }
          }
          return out.toString();
        });
  }
}
