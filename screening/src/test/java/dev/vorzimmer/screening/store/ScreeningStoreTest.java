package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.NumberLists;
import dev.vorzimmer.screening.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningStoreTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  @TempDir Path dir;

  @Test
  void createsSchemaInNewDirectoryAndReopensWithData() {
    Path db = dir.resolve("home/.vorzimmer/screening.db");
    try (ScreeningStore store = ScreeningStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      store.listStore().add("+4930123", ListKind.BLOCK, "pest", "cli", Optional.empty());
    }
    assertThat(Files.exists(db)).isTrue();
    try (ScreeningStore store = ScreeningStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(store.listStore().entries(ListKind.BLOCK))
          .extracting(ListEntry::pattern)
          .containsExactly("+4930123");
    }
  }

  @Test
  void aVersion1DatabaseIsMigratedAndKeepsItsCalls() throws Exception {
    Path db = dir.resolve("v1.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      Migrations.STEPS.get(0).run(c);
      s.execute("PRAGMA user_version = 1");
      s.execute(
          "INSERT INTO call_log (time, raw_number, display_name, verdict, reasons, outcome)"
              + " VALUES (0, '030123', 'Anna', 'RING', '[]', 'answered')");
    }
    try (ScreeningStore store = ScreeningStore.open(db)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(store.callLog().recentCalls(5))
          .singleElement()
          .satisfies(e -> assertThat(e.mediaEncryption()).isEmpty())
          .satisfies(
              e ->
                  assertThat(e.signallingEncryption())
                      .as("an old row's signalling is unknown")
                      .isEmpty());
    }
  }

  @Test
  void refusesDatabaseFromNewerProgram() throws Exception {
    Path db = dir.resolve("s.db");
    ScreeningStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> ScreeningStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer than this program understands");
  }

  @Test
  void listChangeByAnotherProcessIsSeenWithinTheRecheckBound() {
    Path db = dir.resolve("s.db");
    AtomicLong nanos = new AtomicLong();
    try (ScreeningStore phone = ScreeningStore.open(db, Clock.systemUTC(), nanos::get);
        ScreeningStore cli = ScreeningStore.open(db)) {
      NumberLists lists = phone.lists();
      assertThat(lists.match("+4930123", ListKind.BLOCK, NOW)).isEmpty();

      cli.listStore().add("+4930*", ListKind.BLOCK, "berlin", "cli", Optional.empty());
      // decisions do not ask the database each time: another connection's change waits for the
      // next check, at most RECHECK_MILLIS later
      nanos.addAndGet(CachedView.RECHECK_NANOS - 1);
      assertThat(lists.match("+4930123", ListKind.BLOCK, NOW)).isEmpty();
      nanos.addAndGet(1);
      assertThat(lists.match("+4930123", ListKind.BLOCK, NOW))
          .map(ListEntry::reason)
          .contains("berlin");

      cli.listStore().remove("+4930*", ListKind.BLOCK);
      nanos.addAndGet(CachedView.RECHECK_NANOS);
      assertThat(lists.match("+4930123", ListKind.BLOCK, NOW)).isEmpty();
    }
  }

  @Test
  void bulkImportByOneInstanceIsSeenByAnother() throws Exception {
    Path db = dir.resolve("s.db");
    Path list = Files.writeString(dir.resolve("robots.txt"), "+4969111,robot\n+4969222,robot\n");
    AtomicLong nanos = new AtomicLong();
    try (ScreeningStore phone = ScreeningStore.open(db, Clock.systemUTC(), nanos::get);
        ScreeningStore cli = ScreeningStore.open(db)) {
      NumberLists lists = phone.lists();
      assertThat(lists.match("+4969222", ListKind.BLOCK, NOW)).isEmpty();
      cli.listStore().importText(list, ListKind.BLOCK);
      nanos.addAndGet(CachedView.RECHECK_NANOS);
      assertThat(lists.match("+4969222", ListKind.BLOCK, NOW))
          .map(ListEntry::source)
          .contains("import:robots.txt");
    }
  }

  @Test
  void failedWriteChangesNothing() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("s.db"))) {
      Contact anna =
          store
              .contactBook()
              .add(new Contact(0, "Anna", List.of("+4930555"), Optional.empty(), false));
      Contact ghost =
          new Contact(anna.id() + 1, "Ghost", List.of("+4930666"), Optional.empty(), false);
      assertThatThrownBy(() -> store.contactBook().update(ghost))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("no contact with id");
      assertThat(store.contactBook().findByNumber("+4930666")).isEmpty();
      assertThat(store.contactBook().list()).extracting(Contact::name).containsExactly("Anna");
      // the connection is usable again after the rollback
      store
          .contactBook()
          .add(new Contact(0, "Bernd", List.of("+4930777"), Optional.empty(), false));
      assertThat(store.contacts().findByNumber("+4930777")).isPresent();
    }
  }

  @Test
  void contactChangeByAnotherProcessIsSeenWithinTheRecheckBound() {
    Path db = dir.resolve("s.db");
    AtomicLong nanos = new AtomicLong();
    try (ScreeningStore phone = ScreeningStore.open(db, Clock.systemUTC(), nanos::get);
        ScreeningStore cli = ScreeningStore.open(db)) {
      assertThat(phone.contacts().findByNumber("+4930555")).isEmpty();
      Contact anna =
          cli.contactBook()
              .add(new Contact(0, "Anna", List.of("+4930555"), Optional.empty(), true));
      nanos.addAndGet(CachedView.RECHECK_NANOS);
      assertThat(phone.contacts().findByNumber("+4930555")).map(Contact::name).contains("Anna");

      cli.contactBook().delete(anna.id());
      nanos.addAndGet(CachedView.RECHECK_NANOS);
      assertThat(phone.contacts().findByNumber("+4930555")).isEmpty();
    }
  }

  @Test
  void ownChangesAreSeenByTheNextLookupAtOnce() {
    AtomicLong frozen = new AtomicLong();
    try (ScreeningStore store =
        ScreeningStore.open(dir.resolve("s.db"), Clock.systemUTC(), frozen::get)) {
      NumberLists lists = store.lists();
      assertThat(lists.match("+4930123", ListKind.ALLOW, NOW)).isEmpty();
      assertThat(store.contacts().findByNumber("+4930555")).isEmpty();
      // no time passes: the store's own writes make the views check
      store.listStore().add("+4930123", ListKind.ALLOW, "mum", "ui", Optional.empty());
      assertThat(lists.match("+4930123", ListKind.ALLOW, NOW))
          .map(ListEntry::reason)
          .contains("mum");
      store.contactBook().add(new Contact(0, "Anna", List.of("+4930555"), Optional.empty(), true));
      assertThat(store.contacts().findByNumber("+4930555")).map(Contact::name).contains("Anna");
      store.listStore().remove("+4930123", ListKind.ALLOW);
      assertThat(lists.match("+4930123", ListKind.ALLOW, NOW)).isEmpty();
    }
  }

  @Test
  void theViewsSecondConnectionDoesNotKeepTheLogFromBeingCheckpointed() throws Exception {
    Path db = dir.resolve("s.db");
    try (ScreeningStore store = ScreeningStore.open(db)) {
      store.listStore().add("+4930123", ListKind.BLOCK, "x", "cli", Optional.empty());
      assertThat(store.lists().match("+4930123", ListKind.BLOCK, NOW)).isPresent();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement s = c.createStatement();
          java.sql.ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).as("busy: a reader still holds a snapshot").isZero();
      }
      assertThat(Files.size(dir.resolve("s.db-wal"))).isZero();
    }
  }

  @Test
  void callLogWritesDoNotReloadLists() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("s.db"))) {
      store.listStore().add("+4930123", ListKind.BLOCK, "x", "cli", Optional.empty());
      ListEntry first = store.lists().match("+4930123", ListKind.BLOCK, NOW).orElseThrow();
      store
          .callLog()
          .logCall(
              NOW,
              "+4930123",
              Optional.of("+4930123"),
              "x",
              "REJECT",
              List.of(Reason.legacy("blocked")),
              "rejected");
      ListEntry second = store.lists().match("+4930123", ListKind.BLOCK, NOW).orElseThrow();
      // same snapshot: single entries are returned as the very same object when nothing was
      // reloaded
      assertThat(second).isSameAs(first);
    }
  }
}
