package dev.vorzimmer.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vCard import of dropped file lists and export, against a real SQLite store. */
public class VCardFilesTest {
  public static final String TWO_AND_ONE_BAD =
      """
      BEGIN:VCARD
      VERSION:3.0
      FN:Erika Mustermann
      TEL;TYPE=HOME:030 1234567
      TEL;TYPE=CELL:+49 170 1234567
      END:VCARD
      BEGIN:VCARD
      VERSION:3.0
      FN:Max Beispiel
      CATEGORIES:Favourite
      TEL:+44 20 7946 0000
      END:VCARD
      BEGIN:VCARD
      VERSION:3.0
      FN:Nobody
      TEL:ask me
      END:VCARD
      """;
  @TempDir Path dir;
  private ScreeningStore store;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("data/vorzimmer.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void importsEveryVCardOfAListAndNamesWhatWasSkipped() throws Exception {
    Path vcf = Files.writeString(dir.resolve("friends.vcf"), TWO_AND_ONE_BAD);
    Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
    VCardFiles.Summary s =
        VCardFiles.importAll(
            store.contactBook(), List.of(vcf, notes), new NumberNormaliser("DE")::toE164);
    assertThat(s.imported()).isEqualTo(2);
    assertThat(s.skipped()).isEqualTo(2);
    assertThat(s.problems())
        .anyMatch(p -> p.startsWith("friends.vcf: card 3 'Nobody'") && p.contains("skipped"))
        .anyMatch(p -> p.equals("notes.txt: not a vCard file (.vcf), skipped"));
    List<Contact> stored = store.contactBook().list();
    assertThat(stored)
        .extracting(Contact::name)
        .containsExactly("Erika Mustermann", "Max Beispiel");
    assertThat(stored.get(0).numbers()).containsExactlyInAnyOrder("+49301234567", "+491701234567");
    assertThat(stored.get(1).favourite()).isTrue();

    VCardFiles.Summary again =
        VCardFiles.importAll(store.contactBook(), List.of(vcf), new NumberNormaliser("DE")::toE164);
    assertThat(again.imported()).isZero();
    assertThat(again.duplicates()).isEqualTo(2);
    assertThat(store.contactBook().list()).hasSize(2);
  }

  @Test
  void aFileWithoutCardsOrUnreadableIsReportedNotFatal() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.vcf"), "just text\n");
    Path missing = dir.resolve("gone.vcf");
    VCardFiles.Summary s =
        VCardFiles.importAll(
            store.contactBook(), List.of(empty, missing), new NumberNormaliser("DE")::toE164);
    assertThat(s.imported()).isZero();
    assertThat(s.problems())
        .contains("empty.vcf: no vCard found in the file")
        .anyMatch(p -> p.startsWith("gone.vcf: could not be read"));
  }

  @Test
  void exportWritesAllContactsThatImportBackIdentically() throws Exception {
    byte[] photo =
        ContactPhotos.encode(
            new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB));
    store
        .contactBook()
        .add(new Contact(0, "Erika Mustermann", List.of("+49301234567"), Optional.of(photo), true));
    store
        .contactBook()
        .add(
            new Contact(
                0, "Nachbar", List.of("+492115550123", "+491701234567"), Optional.empty(), false));
    Path out = dir.resolve("all.vcf");
    Files.writeString(out, "old content");
    assertThat(VCardFiles.exportAll(store.contactBook(), out)).isEqualTo(2);
    assertThat(Files.readString(out)).contains("Erika Mustermann").doesNotContain("old content");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    try (ScreeningStore other = ScreeningStore.open(dir.resolve("other/vorzimmer.db"))) {
      VCardFiles.importAll(other.contactBook(), List.of(out), new NumberNormaliser("DE")::toE164);
      List<Contact> back = other.contactBook().list();
      assertThat(back)
          .extracting(Contact::name, Contact::favourite)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Erika Mustermann", true),
              org.assertj.core.groups.Tuple.tuple("Nachbar", false));
      assertThat(back.get(1).numbers()).containsExactlyInAnyOrder("+492115550123", "+491701234567");
      assertThat(back.get(0).photo()).hasValueSatisfying(p -> assertThat(p).isEqualTo(photo));
    }
  }

  @Test
  void droppedDataGivesLocalFilesFromAFileListOrAUriList() throws Exception {
    Path a = dir.resolve("a b.vcf");
    Transferable files =
        transferable(DataFlavor.javaFileListFlavor, List.of(a.toFile(), new File("/tmp/x.vcf")));
    assertThat(VCardDrop.files(files)).containsExactly(a, Path.of("/tmp/x.vcf"));
    String uris = "# from a file manager\r\n" + a.toUri() + "\r\nhttps://example.org/c.vcf\r\n";
    assertThat(VCardDrop.files(transferable(VCardDrop.URI_LIST, uris))).containsExactly(a);
  }

  /** A transferable offering {@code data} in one flavour, as a drop or paste would. */
  public static Transferable transferable(DataFlavor flavor, Object data) {
    return new Transferable() {
      @Override
      public DataFlavor[] getTransferDataFlavors() {
        return new DataFlavor[] {flavor};
      }

      @Override
      public boolean isDataFlavorSupported(DataFlavor f) {
        return flavor.equals(f);
      }

      @Override
      public Object getTransferData(DataFlavor f) {
        return data;
      }
    };
  }
}
