package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.NumberLists;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListStoreTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  @TempDir Path dir;
  private ScreeningStore store;
  private ListStore lists;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("s.db"));
    lists = store.listStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path file(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private long sidecarFiles() throws Exception {
    try (Stream<Path> s = Files.list(dir.resolve("s.db.lists"))) {
      return s.count();
    }
  }

  @Test
  void rejectsBadPatternsWithClearMessage() {
    assertThatThrownBy(() -> lists.add("030123", ListKind.BLOCK, "", "cli", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'030123'");
    assertThatThrownBy(() -> lists.add("+*", ListKind.BLOCK, "", "cli", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(lists.entries(ListKind.BLOCK)).isEmpty();
  }

  @Test
  void expiringEntryStopsMatching() {
    lists.add("+4930123", ListKind.BLOCK, "for a day", "cli", Optional.of(NOW.plusSeconds(86_400)));
    assertThat(store.lists().match("+4930123", ListKind.BLOCK, NOW)).isPresent();
    assertThat(store.lists().match("+4930123", ListKind.BLOCK, NOW.plusSeconds(86_401))).isEmpty();
  }

  @Test
  void importSkipsBrokenLinesAndKeepsTheRest() throws Exception {
    Path f =
        file(
            "callcentres.txt",
            "# robots",
            "+4930111,robot",
            "+4930111,robot",
            "oops",
            "+4930222",
            "+49211555*,range",
            "0049 40 333;other");

    ImportReport r = lists.importText(f, ListKind.BLOCK);

    assertThat(r.imported()).isEqualTo(4);
    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.problems())
        .singleElement()
        .asString()
        .startsWith("callcentres.txt:4: 'oops' is not a phone number");
    NumberLists view = store.lists();
    ListEntry hit = view.match("+4930111", ListKind.BLOCK, NOW).orElseThrow();
    assertThat(hit.reason()).isEqualTo("robot");
    assertThat(hit.source()).isEqualTo("import:callcentres.txt");
    assertThat(view.match("+4940333", ListKind.BLOCK, NOW))
        .map(ListEntry::reason)
        .contains("other");
    assertThat(view.match("+492115559", ListKind.BLOCK, NOW))
        .map(ListEntry::reason)
        .contains("range");
    assertThat(view.match("+4930222", ListKind.ALLOW, NOW)).isEmpty();
    assertThat(lists.sources()).extracting(ListSource::count).containsExactlyInAnyOrder(1, 1, 1);
  }

  @Test
  void reimportReplacesTheEarlierImportAndItsFiles() throws Exception {
    lists.importText(file("spam.txt", "+4930111", "+4930222", "+4930*"), ListKind.BLOCK);
    lists.importText(file("spam.txt", "+4930333"), ListKind.BLOCK);

    NumberLists view = store.lists();
    assertThat(view.match("+4930111", ListKind.BLOCK, NOW)).isEmpty();
    assertThat(view.match("+4930333", ListKind.BLOCK, NOW)).isPresent();
    assertThat(lists.entries(ListKind.BLOCK)).isEmpty();
    assertThat(sidecarFiles()).isEqualTo(1);

    assertThat(lists.removeSource("import:spam.txt")).isTrue();
    assertThat(view.match("+4930333", ListKind.BLOCK, NOW)).isEmpty();
    assertThat(sidecarFiles()).isZero();
  }

  @Test
  void removingANumberAlsoRemovesItFromBulkLists() throws Exception {
    lists.importText(file("bulk.txt", "+4930111", "+4930222", "+4930333"), ListKind.BLOCK);
    lists.add("+4930222", ListKind.BLOCK, "manual", "cli", Optional.empty());
    NumberLists view = store.lists();
    assertThat(view.match("+4930222", ListKind.BLOCK, NOW)).isPresent();

    assertThat(lists.remove("+4930222", ListKind.BLOCK)).isEqualTo(2);

    assertThat(view.match("+4930222", ListKind.BLOCK, NOW)).isEmpty();
    assertThat(view.match("+4930111", ListKind.BLOCK, NOW)).isPresent();
    assertThat(lists.sources()).singleElement().extracting(ListSource::count).isEqualTo(2);
    assertThat(sidecarFiles()).isEqualTo(1);
  }

  @Test
  void exportImportsBackToTheSameMatches() throws Exception {
    lists.add("+4930123", ListKind.BLOCK, "neighbour, loud", "cli", Optional.empty());
    lists.add("+1*", ListKind.BLOCK, "", "cli", Optional.empty());
    lists.add("+4940999", ListKind.ALLOW, "mum", "cli", Optional.empty());
    lists.importText(file("bulk.txt", "+4969111,robot", "+4969222,robot"), ListKind.BLOCK);
    StringWriter out = new StringWriter();
    lists.exportText(ListKind.BLOCK, out);
    Path exported = Files.writeString(dir.resolve("exported.txt"), out.toString());

    try (ScreeningStore other = ScreeningStore.open(dir.resolve("other.db"))) {
      ImportReport r = other.listStore().importText(exported, ListKind.BLOCK);
      assertThat(r.imported()).isEqualTo(4);
      assertThat(r.problems()).isEmpty();
      NumberLists view = other.lists();
      assertThat(view.match("+4930123", ListKind.BLOCK, NOW))
          .map(ListEntry::reason)
          .contains("neighbour, loud");
      assertThat(view.match("+4969222", ListKind.BLOCK, NOW))
          .map(ListEntry::reason)
          .contains("robot");
      assertThat(view.match("+12125550100", ListKind.BLOCK, NOW)).isPresent();
      assertThat(view.match("+4940999", ListKind.BLOCK, NOW)).isEmpty();
    }
  }

  @Test
  void corruptBulkFileIsLeftOutButEverythingElseStillMatches() throws Exception {
    lists.importText(file("bulk.txt", "+4930111"), ListKind.BLOCK);
    lists.add("+4930999", ListKind.BLOCK, "manual", "cli", Optional.empty());
    Path sidecar = lists.sources().get(0).file();
    Files.write(sidecar, new byte[] {1, 2, 3});

    try (ScreeningStore fresh = ScreeningStore.open(dir.resolve("s.db"))) {
      assertThat(fresh.lists().match("+4930999", ListKind.BLOCK, NOW)).isPresent();
      assertThat(fresh.lists().match("+4930111", ListKind.BLOCK, NOW)).isEmpty();
    }
  }

  @Test
  void aSmallImportCanBeListedNumberByNumber() throws Exception {
    lists.importText(
        file("few.txt", "+4989111222,call centre", "+4989111333,call centre", "+4989111444,other"),
        ListKind.BLOCK);
    java.util.List<String> all = new java.util.ArrayList<>();
    for (ListSource s : lists.sources()) {
      all.addAll(lists.numbers(s, 10));
    }
    assertThat(all).containsExactlyInAnyOrder("+4989111222", "+4989111333", "+4989111444");
    ListSource callCentres =
        lists.sources().stream()
            .filter(s -> s.reason().equals("call centre"))
            .findFirst()
            .orElseThrow();
    assertThat(lists.numbers(callCentres, 1)).hasSize(1);
  }
}
