package dev.vorzimmer.ui.contacts;

import dev.vorzimmer.screening.store.ContactBook;
import dev.vorzimmer.screening.store.ImportReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** vCard import of several files at once and export of all contacts, without Swing. */
final class VCardFiles {
  private VCardFiles() {}

  /**
   * What an import of several files did.
   *
   * @param imported contacts added
   * @param duplicates cards equal to a contact already stored (not added again)
   * @param skipped cards without a usable number, and files that are no vCards or unreadable
   * @param problems one line per problem, naming the file and card
   */
  record Summary(int imported, int duplicates, int skipped, List<String> problems) {
    Summary {
      problems = List.copyOf(problems);
    }
  }

  /** True for a {@code .vcf} or {@code .vcard} file name. */
  static boolean isVCard(Path file) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".vcf") || name.endsWith(".vcard");
  }

  /**
   * Imports every vCard file of {@code files} into {@code book}; other files and unreadable ones
   * are skipped and named in the problems, the rest is imported.
   */
  static Summary importAll(
      ContactBook book, List<Path> files, Function<String, Optional<String>> normaliser) {
    int imported = 0;
    int duplicates = 0;
    int skipped = 0;
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = String.valueOf(file.getFileName());
      if (!isVCard(file) || Files.isDirectory(file)) {
        skipped++;
        problems.add(name + ": not a vCard file (.vcf), skipped");
        continue;
      }
      try {
        ImportReport r = book.importVCards(file, normaliser);
        imported += r.imported();
        duplicates += r.duplicates();
        skipped += r.skipped();
        problems.addAll(r.problems());
        if (r.imported() + r.duplicates() + r.skipped() == 0) {
          problems.add(name + ": no vCard found in the file");
        }
      } catch (IOException e) {
        skipped++;
        problems.add(name + ": could not be read (" + e.getMessage() + "), skipped");
      }
    }
    return new Summary(imported, duplicates, skipped, problems);
  }

  /**
   * Writes all contacts of {@code book} to {@code file} as vCard 4.0: first to a temporary file
   * next to it, then moved into place, so a failed export never leaves half a file.
   *
   * @return how many contacts were written
   */
  static int exportAll(ContactBook book, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        book.exportVCards(out);
      }
      int cards;
      try (Stream<String> lines = Files.lines(tmp, StandardCharsets.UTF_8)) {
        cards = (int) lines.filter("BEGIN:VCARD"::equalsIgnoreCase).count();
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return cards;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
