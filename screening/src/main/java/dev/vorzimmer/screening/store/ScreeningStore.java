package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ContactDirectory;
import dev.vorzimmer.screening.NumberLists;
import dev.vorzimmer.screening.internal.lists.CompactNumberLists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Everything screening keeps on disk: one SQLite file (WAL, busy timeout, versioned schema) plus a
 * {@code <db>.lists/} directory of bulk-list files. Several processes (the running phone and the
 * CLI) may open the same file; changes made through a store are seen by its {@link #lists()} and
 * {@link #contacts()} views on their next lookup, changes made by another process at most {@value
 * CachedView#RECHECK_MILLIS} ms later (the views do not ask the database on every lookup).
 * Thread-safe.
 */
public final class ScreeningStore implements AutoCloseable {
  private final Db db;
  private final GenerationReader generations;
  private final ContactBook contactBook;
  private final ListStore listStore;
  private final CallLog callLog;
  private final MessageIndex messages;
  private final DoNotDisturb doNotDisturb;
  private final CallBacks callBacks;
  private final RangeProposals rangeProposals;
  private final CachedView<CompactNumberLists> listsView;
  private final CachedView<Map<String, Contact>> contactsView;

  private ScreeningStore(Db db, Path listsDir, Clock clock, LongSupplier nanoTime) {
    this.db = db;
    this.generations = new GenerationReader(db.file());
    Codec codec = new Codec();
    Sidecars sidecars = new Sidecars(listsDir);
    this.contactBook = new ContactBook(db);
    this.listStore = new ListStore(db, sidecars, clock);
    this.callLog = new CallLog(db, codec);
    this.messages = new MessageIndex(db, codec);
    this.doNotDisturb = new DoNotDisturb(db);
    this.callBacks = new CallBacks(db);
    this.rangeProposals = new RangeProposals(db);
    ListsLoader loader = new ListsLoader(db, sidecars);
    this.listsView = new CachedView<>(db, generations, "lists", loader::load, nanoTime);
    this.contactsView =
        new CachedView<>(db, generations, "contacts", this::contactsByNumber, nanoTime);
  }

  /**
   * Opens (creating if needed, with parent directories) and migrates the store at {@code dbFile}.
   */
  public static ScreeningStore open(Path dbFile) {
    return open(dbFile, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock used for creation times. */
  public static ScreeningStore open(Path dbFile, Clock clock) {
    return open(dbFile, clock, System::nanoTime);
  }

  /** As {@link #open(Path, Clock)}, with the views' time source (tests move it by hand). */
  static ScreeningStore open(Path dbFile, Clock clock, LongSupplier nanoTime) {
    Path abs = dbFile.toAbsolutePath();
    Path listsDir = abs.resolveSibling(abs.getFileName() + ".lists");
    try {
      Files.createDirectories(listsDir);
    } catch (IOException e) {
      throw new StoreException("cannot create " + listsDir + ": " + e.getMessage(), e);
    }
    Db db;
    try {
      db = Db.open(abs);
    } catch (SQLException e) {
      throw new StoreException("cannot open screening database " + abs + ": " + e.getMessage(), e);
    }
    try {
      Migrations.apply(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return new ScreeningStore(db, listsDir, clock, nanoTime);
  }

  /** Block/allow lists for the rules; reloads on the next match after any list change. */
  public NumberLists lists() {
    return (e164, kind, now) -> listsView.get().match(e164, kind, now);
  }

  /** Contact lookup for the rules; reloads on the next lookup after any contact change. */
  public ContactDirectory contacts() {
    return e164 -> Optional.ofNullable(contactsView.get().get(e164));
  }

  public ContactBook contactBook() {
    return contactBook;
  }

  public ListStore listStore() {
    return listStore;
  }

  public CallLog callLog() {
    return callLog;
  }

  /** The do-not-disturb switch shared with the CLI. */
  public DoNotDisturb doNotDisturb() {
    return doNotDisturb;
  }

  /** The call-back list. */
  public CallBacks callBacks() {
    return callBacks;
  }

  /** Offers to block robot ranges and their answers. */
  public RangeProposals rangeProposals() {
    return rangeProposals;
  }

  public MessageIndex messages() {
    return messages;
  }

  /** The schema version of the open database. */
  public int schemaVersion() {
    return db.read("reading schema version", c -> (int) Db.queryLong(c, "PRAGMA user_version"));
  }

  private Map<String, Contact> contactsByNumber() {
    Map<String, Contact> byNumber = new HashMap<>();
    for (Contact c : contactBook.list()) {
      c.numbers().forEach(n -> byNumber.putIfAbsent(n, c));
    }
    return byNumber;
  }

  @Override
  public void close() {
    try {
      generations.close();
    } finally {
      db.close();
    }
  }
}
