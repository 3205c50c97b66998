package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.internal.io.FritzBoxXmlReader;
import dev.vorzimmer.screening.internal.io.FritzBoxXmlWriter;
import dev.vorzimmer.screening.internal.io.Numbers;
import dev.vorzimmer.screening.internal.io.VCardContacts;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The user's contacts: numbers are E.164 and indexed for lookup. A contact's numbers come back in
 * the order they were stored (the number rows' rowid), so the first is the one the user typed
 * first.
 */
public final class ContactBook {
  private final Db db;

  ContactBook(Db db) {
    this.db = db;
  }

  /**
   * Stores a new contact (its id is ignored) and returns it with its id.
   *
   * @throws IllegalArgumentException if a number is not E.164 or the name is blank
   */
  public Contact add(Contact contact) {
    check(contact);
    long id = db.write("adding contact " + contact.name(), c -> ContactRows.insert(c, contact));
    return withId(contact, id);
  }

  /** Replaces name, numbers, photo and favourite flag of contact {@code contact.id()}. */
  public void update(Contact contact) {
    check(contact);
    db.write(
        "updating contact " + contact.id(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE contacts SET name = ?, photo = ?, favourite = ? WHERE id = ?")) {
            ContactRows.bindContact(ps, contact);
            ps.setLong(4, contact.id());
            if (ps.executeUpdate() == 0) {
              throw new SQLException("no contact with id " + contact.id());
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM contact_numbers WHERE contact_id = ?")) {
            ps.setLong(1, contact.id());
            ps.executeUpdate();
          }
          ContactRows.insertNumbers(c, contact.id(), contact.numbers());
          return null;
        });
  }

  /** Deletes a contact; false if there was none. */
  public boolean delete(long id) {
    return db.deleteById("contacts", id);
  }

  /** All contacts ordered by name. */
  public List<Contact> list() {
    return query(ContactRows.SELECT + "ORDER BY c.name COLLATE NOCASE, c.id, n.rowid", List.of());
  }

  /** The contact owning {@code e164} (first by id if several do). */
  public Optional<Contact> findByNumber(String e164) {
    return query(
            ContactRows.SELECT
                + "WHERE c.id = (SELECT MIN(contact_id) FROM contact_numbers WHERE e164 = ?) ORDER BY n.rowid",
            List.of(e164))
        .stream()
        .findFirst();
  }

  /** Contacts whose name contains {@code text}, ignoring case. */
  public List<Contact> searchByName(String text) {
    String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return query(
        ContactRows.SELECT
            + "WHERE c.name LIKE ? ESCAPE '\\' ORDER BY c.name COLLATE NOCASE, c.id, n.rowid",
        List.of(like));
  }

  /**
   * Imports a vCard 3/4 file. Cards without a usable number are reported and skipped; a card equal
   * to a stored contact (same name and numbers) counts as duplicate.
   */
  public ImportReport importVCards(Path file, Function<String, Optional<String>> normaliser)
      throws IOException {
    VCardContacts.ReadResult read;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read = VCardContacts.read(in, file.getFileName().toString(), normaliser);
    }
    return store(read, file);
  }

  /**
   * Imports a FRITZ!Box phonebook export (XML). VIP contacts become favourites; contacts without a
   * usable number, unusable numbers and a wrong declared encoding are reported, the rest imported.
   *
   * @throws IOException if the file cannot be read or is no FRITZ!Box phonebook at all
   */
  public ImportReport importFritzBox(Path file, Function<String, Optional<String>> normaliser)
      throws IOException {
    return store(
        FritzBoxXmlReader.read(Files.readAllBytes(file), file.getFileName().toString(), normaliser),
        file);
  }

  /**
   * Replaces all contacts of {@code source} (e.g. {@code carddav:https://…}) with {@code contacts}
   * in one transaction; contacts entered here and those of other sources are untouched.
   */
  public void replaceSource(String source, List<Contact> contacts) {
    contacts.forEach(ContactBook::check);
    db.write(
        "replacing contacts of " + source,
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM contacts WHERE source = ?")) {
            ps.setString(1, source);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE contacts SET source = ? WHERE id = ?")) {
            for (Contact contact : contacts) {
              ps.setString(1, source);
              ps.setLong(2, ContactRows.insert(c, contact));
              ps.executeUpdate();
            }
          }
          return null;
        });
  }

  /** Contact id → source, for the contacts that came from a synced address book. */
  public Map<Long, String> sources() {
    return db.read(
        "reading contact sources",
        c -> {
          Map<Long, String> out = new LinkedHashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT id, source FROM contacts WHERE source IS NOT NULL");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(rs.getLong(1), rs.getString(2));
            }
          }
          return out;
        });
  }

  /** Writes all contacts as one FRITZ!Box phonebook (UTF-8). */
  public void exportFritzBox(Writer out) throws IOException {
    FritzBoxXmlWriter.write(list(), "Vorzimmer", out);
  }

  private ImportReport store(VCardContacts.ReadResult read, Path file) {
    Set<String> existing = new HashSet<>();
    list().forEach(c -> existing.add(identity(c)));
    List<Contact> fresh = new ArrayList<>();
    for (Contact c : read.contacts()) {
      if (existing.add(identity(c))) {
        fresh.add(c);
      }
    }
    db.write(
        "importing contacts from " + file,
        c -> {
          for (Contact contact : fresh) {
            ContactRows.insert(c, contact);
          }
          return null;
        });
    return new ImportReport(
        fresh.size(), read.contacts().size() - fresh.size(), read.skipped(), read.problems());
  }

  /** Imports a vCard file accepting only international numbers ({@code +…}, {@code 00…}). */
  public ImportReport importVCards(Path file) throws IOException {
    return importVCards(file, Numbers.defaultNormaliser());
  }

  /** Writes all contacts as vCard 4.0. */
  public void exportVCards(Writer out) throws IOException {
    VCardContacts.write(list(), out);
  }

  private static String identity(Contact c) {
    return c.name() + "\u0000" + new java.util.TreeSet<>(c.numbers());
  }

  private List<Contact> query(String sql, List<String> params) {
    return db.read("reading contacts", c -> ContactRows.readContacts(c, sql, params));
  }

  private static Contact withId(Contact c, long id) {
    return new Contact(id, c.name(), c.numbers(), c.photo(), c.favourite());
  }

  private static void check(Contact contact) {
    if (contact.name() == null || contact.name().isBlank()) {
      throw new IllegalArgumentException("a contact needs a name");
    }
    for (String n : contact.numbers()) {
      if (!Numbers.isE164(n)) {
        throw new IllegalArgumentException(
            "contact " + contact.name() + ": '" + n + "' is not an E.164 number");
      }
    }
  }
}
