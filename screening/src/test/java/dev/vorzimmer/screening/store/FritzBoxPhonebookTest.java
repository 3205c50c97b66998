package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FritzBoxPhonebookTest {
  private final Function<String, Optional<String>> german = new NumberNormaliser("DE")::toE164;
  @TempDir Path dir;

  @Test
  void importStoresGoodContactsAndReportsTheRest() throws Exception {
    Path file = fixture();
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("s.db"))) {
      ImportReport r = store.contactBook().importFritzBox(file, german);

      assertThat(r.imported()).isEqualTo(3);
      assertThat(r.skipped()).isEqualTo(2);
      assertThat(store.contactBook().findByNumber("+491712345678"))
          .hasValueSatisfying(c -> assertThat(c.favourite()).isTrue());
      assertThat(store.contactBook().importFritzBox(file, german).duplicates()).isEqualTo(3);
      assertThat(store.contactBook().list()).hasSize(3);
    }
  }

  @Test
  void exportThenImportKeepsNamesNumbersAndFavourites() throws Exception {
    StringWriter xml = new StringWriter();
    List<Contact> before;
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("a.db"))) {
      store.contactBook().importFritzBox(fixture(), german);
      store
          .contactBook()
          .add(new Contact(0, "A & B <Praxis>", List.of("+4989111"), Optional.empty(), false));
      store.contactBook().exportFritzBox(xml);
      before = store.contactBook().list();
    }
    assertThat(xml.toString())
        .contains("<category>1</category>")
        .contains("type=\"mobile\"")
        .contains("A &amp; B &lt;Praxis&gt;");
    Path out = dir.resolve("export.xml");
    Files.writeString(out, xml.toString(), StandardCharsets.UTF_8);

    try (ScreeningStore store = ScreeningStore.open(dir.resolve("b.db"))) {
      ImportReport r = store.contactBook().importFritzBox(out, german);

      assertThat(r.problems()).isEmpty();
      assertThat(store.contactBook().list())
          .extracting(Contact::name, Contact::numbers, Contact::favourite)
          .containsExactlyElementsOf(
              before.stream()
                  .map(
                      c ->
                          org.assertj.core.groups.Tuple.tuple(c.name(), c.numbers(), c.favourite()))
                  .toList());
    }
  }

  private Path fixture() throws Exception {
    Path file = dir.resolve("phonebook.xml");
    try (InputStream in = getClass().getResourceAsStream("/fritzbox/phonebook.xml")) {
      Files.copy(in, file);
    }
    return file;
  }
}
