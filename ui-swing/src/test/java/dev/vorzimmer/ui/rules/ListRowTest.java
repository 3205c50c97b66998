package dev.vorzimmer.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.ui.common.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the block and allow list tables show, read from a real store. */
class ListRowTest {
  private static final Texts EN = new Texts(Locale.ENGLISH);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  @TempDir Path dir;
  private ScreeningStore store;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("vorzimmer.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static List<String> shown(List<ListRow> rows) {
    return rows.stream()
        .map(
            r ->
                IntStream.range(0, 4)
                    .mapToObj(c -> String.valueOf(r.cell(c, EN, BERLIN)))
                    .collect(Collectors.joining(" | ")))
        .toList();
  }

  @Test
  void singleEntriesAndASmallImportAreListedNumberByNumber() throws Exception {
    store.listStore().add("+49211555*", ListKind.BLOCK, "call centre", "ui", Optional.empty());
    store
        .listStore()
        .add(
            "+4917012345678",
            ListKind.ALLOW,
            "plumber",
            "cli",
            Optional.of(Instant.parse("2026-11-29T13:00:00Z")));
    store
        .listStore()
        .importText(
            Files.writeString(dir.resolve("few.txt"), "+4989111222,sales\n+4989111333\n"),
            ListKind.BLOCK);
    assertThat(shown(ListRow.load(store.listStore(), ListKind.BLOCK)))
        .containsExactly(
            "+49211555* | call centre | always | added by you",
            "+4989111222 | sales | always | imported from few.txt",
            "+4989111333 |  | always | imported from few.txt");
    assertThat(shown(ListRow.load(store.listStore(), ListKind.ALLOW)))
        .containsExactly("+4917012345678 | plumber | 11/29/26, 2:00 PM | added by you");
  }

  @Test
  void aBigImportIsOneSummaryRow() throws Exception {
    String lines =
        IntStream.range(0, ListRow.SHOWN_PER_IMPORT + 1)
            .mapToObj(i -> String.format("+49891%06d", i))
            .collect(Collectors.joining("\n"));
    store.listStore().importText(Files.writeString(dir.resolve("big.txt"), lines), ListKind.BLOCK);
    store.listStore().add("+4930123456", ListKind.BLOCK, "", "ui", Optional.empty());
    List<ListRow> rows = ListRow.load(store.listStore(), ListKind.BLOCK);
    assertThat(shown(rows))
        .containsExactly(
            "+4930123456 |  | always | added by you",
            "2,001 numbers |  | always | imported from big.txt");
    assertThat(rows.get(1).isSummary()).isTrue();
    assertThat(rows.get(1).source()).isEqualTo("import:big.txt");
  }
}
