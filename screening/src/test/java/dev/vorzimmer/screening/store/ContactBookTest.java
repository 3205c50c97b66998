package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.Contact;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactBookTest {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 1, 2, 3};
  @TempDir Path dir;
  private ScreeningStore store;
  private ContactBook book;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("s.db"));
    book = store.contactBook();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void addFindUpdateDelete() {
    Contact anna =
        book.add(
            new Contact(
                0, "Anna Schmidt", List.of("+4930111", "+49170222"), Optional.of(PNG), true));
    book.add(new Contact(0, "Bernd", List.of("+4940333"), Optional.empty(), false));

    Contact found = book.findByNumber("+49170222").orElseThrow();
    assertThat(found.id()).isEqualTo(anna.id());
    assertThat(found.numbers()).containsExactlyInAnyOrder("+4930111", "+49170222");
    assertThat(found.photo()).hasValueSatisfying(p -> assertThat(p).isEqualTo(PNG));
    assertThat(found.favourite()).isTrue();
    assertThat(book.searchByName("schm")).extracting(Contact::name).containsExactly("Anna Schmidt");
    assertThat(book.searchByName("%")).isEmpty();

    book.update(new Contact(anna.id(), "Anna S.", List.of("+4930999"), Optional.empty(), false));
    assertThat(book.findByNumber("+4930111")).isEmpty();
    Contact updated = book.findByNumber("+4930999").orElseThrow();
    assertThat(updated.name()).isEqualTo("Anna S.");
    assertThat(updated.photo()).isEmpty();

    assertThat(book.delete(anna.id())).isTrue();
    assertThat(book.list()).extracting(Contact::name).containsExactly("Bernd");
  }

  @Test
  void numbersComeBackInTheOrderTheUserGaveThem() {
    List<String> typed = List.of("+49170999", "+4930111", "+4989555");
    Contact c = book.add(new Contact(0, "Zoe", typed, Optional.empty(), false));
    assertThat(book.findByNumber("+4930111").orElseThrow().numbers())
        .containsExactlyElementsOf(typed);
    assertThat(book.list())
        .singleElement()
        .satisfies(x -> assertThat(x.numbers()).containsExactlyElementsOf(typed));
    List<String> reordered = List.of("+4989555", "+49170999");
    book.update(new Contact(c.id(), "Zoe", reordered, Optional.empty(), false));
    assertThat(book.searchByName("zo"))
        .singleElement()
        .satisfies(x -> assertThat(x.numbers()).containsExactlyElementsOf(reordered));
  }

  @Test
  void rejectsNumbersThatAreNotE164() {
    assertThatThrownBy(
            () -> book.add(new Contact(0, "X", List.of("030123"), Optional.empty(), false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("030123");
    assertThat(book.list()).isEmpty();
  }

  @Test
  void importsVCardsWithPhotoAndReportsCardsWithoutNumber() throws Exception {
    String photo = java.util.Base64.getEncoder().encodeToString(PNG);
    Path vcf =
        Files.writeString(
            dir.resolve("friends.vcf"),
            String.join(
                "\r\n",
                "BEGIN:VCARD",
                "VERSION:3.0",
                "FN:Anna Schmidt",
                "TEL;TYPE=CELL:+49 170 2223334",
                "TEL;TYPE=HOME:030 1234567",
                "PHOTO;ENCODING=b;TYPE=PNG:" + photo,
                "CATEGORIES:Favourites",
                "END:VCARD",
                "BEGIN:VCARD",
                "VERSION:4.0",
                "FN:No Number",
                "EMAIL:x@example.org",
                "END:VCARD",
                "BEGIN:VCARD",
                "VERSION:4.0",
                "FN:Bernd",
                "TEL;VALUE=uri:tel:+49-40-333",
                "END:VCARD",
                ""));

    ImportReport report =
        book.importVCards(
            vcf,
            raw ->
                raw.startsWith("030")
                    ? Optional.of("+4930" + raw.substring(3).replace(" ", ""))
                    : Optional.empty());

    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.problems())
        .anyMatch(p -> p.contains("card 2 'No Number'") && p.contains("skipped"));
    Contact anna = book.findByNumber("+491702223334").orElseThrow();
    assertThat(anna.numbers()).containsExactly("+491702223334", "+49301234567");
    assertThat(anna.photo()).hasValueSatisfying(p -> assertThat(p).isEqualTo(PNG));
    assertThat(anna.favourite()).isTrue();
    assertThat(book.findByNumber("+4940333")).map(Contact::name).contains("Bernd");

    assertThat(book.importVCards(vcf).duplicates()).isEqualTo(1);
  }

  @Test
  void vCardExportImportsBackIntoAnotherStore() throws Exception {
    book.add(new Contact(0, "Anna", List.of("+4930111"), Optional.of(PNG), true));
    book.add(new Contact(0, "Bernd", List.of("+4940333", "+4940334"), Optional.empty(), false));
    StringWriter out = new StringWriter();
    book.exportVCards(out);
    Path vcf = Files.writeString(dir.resolve("export.vcf"), out.toString());

    try (ScreeningStore other = ScreeningStore.open(dir.resolve("other.db"))) {
      ImportReport r = other.contactBook().importVCards(vcf);
      assertThat(r.imported()).isEqualTo(2);
      assertThat(r.problems()).isEmpty();
      assertThat(other.contactBook().list())
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "photo")
          .isEqualTo(book.list());
      assertThat(other.contactBook().findByNumber("+4930111").orElseThrow().photo())
          .hasValueSatisfying(p -> assertThat(p).isEqualTo(PNG));
    }
  }

  @Test
  void replacingASourceNeverTouchesLocalContactsOrOtherSources() {
    Contact local = book.add(new Contact(0, "Local", List.of("+4930111"), Optional.empty(), true));
    book.replaceSource(
        "carddav:a", List.of(new Contact(0, "A1", List.of("+4930222"), Optional.of(PNG), false)));
    book.replaceSource(
        "carddav:b", List.of(new Contact(0, "B1", List.of("+4930333"), Optional.empty(), false)));

    book.replaceSource(
        "carddav:a", List.of(new Contact(0, "A2", List.of("+4930444"), Optional.empty(), false)));

    assertThat(book.list()).extracting(Contact::name).containsExactly("A2", "B1", "Local");
    assertThat(book.findByNumber("+4930222")).isEmpty();
    assertThat(book.sources())
        .doesNotContainKey(local.id())
        .containsValues("carddav:a", "carddav:b");
  }
}
