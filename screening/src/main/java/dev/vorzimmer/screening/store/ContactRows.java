package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Contact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of {@link ContactBook}: a contact is a {@code contacts} row and its {@code
 * contact_numbers} rows; these write them and fold them back into {@link Contact}s.
 */
final class ContactRows {
  /** A contact's columns and its numbers, one row per number; a query adds WHERE and ORDER BY. */
  static final String SELECT =
      "SELECT c.id, c.name, c.photo, c.favourite, n.e164 FROM contacts c"
          + " LEFT JOIN contact_numbers n ON n.contact_id = c.id ";

  private ContactRows() {}

  /** Stores {@code contact} (its id is ignored) with its numbers; returns the new id. */
  static long insert(Connection c, Contact contact) throws SQLException {
    long id;
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO contacts (name, photo, favourite) VALUES (?,?,?)")) {
      bindContact(ps, contact);
      id = Db.insert(ps);
    }
    insertNumbers(c, id, contact.numbers());
    return id;
  }

  static void bindContact(PreparedStatement ps, Contact contact) throws SQLException {
    ps.setString(1, contact.name().strip());
    if (contact.photo().isPresent()) {
      ps.setBytes(2, contact.photo().get());
    } else {
      ps.setNull(2, Types.BLOB);
    }
    ps.setInt(3, contact.favourite() ? 1 : 0);
  }

  static void insertNumbers(Connection c, long id, List<String> numbers) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT OR IGNORE INTO contact_numbers VALUES (?,?)")) {
      for (String n : numbers) {
        ps.setLong(1, id);
        ps.setString(2, n);
        ps.executeUpdate();
      }
    }
  }

  /** Runs a {@link #SELECT} query and folds the number rows into contacts, keeping row order. */
  static List<Contact> readContacts(Connection c, String sql, List<String> params)
      throws SQLException {
    Map<Long, Contact> byId = new LinkedHashMap<>();
    Map<Long, List<String>> numbers = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setString(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          byId.computeIfAbsent(id, k -> contactRow(rs));
          String number = rs.getString(5);
          List<String> list = numbers.computeIfAbsent(id, k -> new ArrayList<>());
          if (number != null) {
            list.add(number);
          }
        }
      }
    }
    List<Contact> out = new ArrayList<>();
    byId.forEach(
        (id, ct) ->
            out.add(new Contact(id, ct.name(), numbers.get(id), ct.photo(), ct.favourite())));
    return out;
  }

  private static Contact contactRow(ResultSet rs) {
    try {
      return new Contact(
          rs.getLong(1),
          rs.getString(2),
          List.of(),
          Optional.ofNullable(rs.getBytes(3)),
          rs.getInt(4) != 0);
    } catch (SQLException e) {
      throw new StoreException("reading contact row failed: " + e.getMessage(), e);
    }
  }
}
