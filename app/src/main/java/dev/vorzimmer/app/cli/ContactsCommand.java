package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.carddav.AddressBooks;
import dev.vorzimmer.app.config.CardDavSettings;
import dev.vorzimmer.app.config.ConfigException;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.store.ImportReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer contacts add|import|export|import-fritzbox|export-fritzbox|sync|list|remove}:
 * the people whose calls ring.
 */
@Command(
    name = "contacts",
    mixinStandardHelpOptions = true,
    description = "Manage contacts (their calls ring).")
public final class ContactsCommand {
  @Spec CommandSpec spec;

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a contact with one or more numbers.")
  int add(
      @Parameters(index = "0", paramLabel = "NAME") String name,
      @Parameters(index = "1..*", arity = "1..*", paramLabel = "${bundle:label.number:-NUMBER}")
          List<String> numbers,
      @Option(
              names = "--photo",
              paramLabel = "${bundle:label.file:-FILE}",
              description = "JPEG or PNG picture.")
          Path photo,
      @Option(names = "--favourite", description = "Rings even during quiet hours.")
          boolean favourite) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          List<String> e164 = new ArrayList<>();
          for (String n : numbers) {
            Optional<String> num = m.numbers().number(n);
            if (num.isEmpty()) {
              return StoreCommand.usage(spec, words().get("contacts.notANumber", n));
            }
            e164.add(num.get());
          }
          Optional<byte[]> picture =
              photo == null ? Optional.empty() : Optional.of(Files.readAllBytes(photo));
          Contact c = m.store().contactBook().add(new Contact(0, name, e164, picture, favourite));
          out.println(
              words().get("contacts.added", c.id(), c.name(), String.join(", ", c.numbers())));
          return 0;
        });
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Import contacts from a vCard 3/4 file (photos kept).")
  int importFile(@Parameters(paramLabel = "${bundle:label.fileVcf:-FILE.vcf}") Path file) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          ImportReport r =
              m.store().contactBook().importVCards(file, m.numbers().importNormaliser());
          Reports.print(out, r, words(), "contacts");
          return 0;
        });
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Export all contacts as vCard.")
  int export(@Parameters(paramLabel = "${bundle:label.fileVcf:-FILE.vcf}") Path file) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            m.store().contactBook().exportVCards(w);
          }
          out.println(
              words().get("contacts.exported", m.store().contactBook().list().size(), file));
          return 0;
        });
  }

  @Command(
      name = "import-fritzbox",
      mixinStandardHelpOptions = true,
      description =
          "Import a FRITZ!Box phonebook (XML from 'Telefonbuch sichern'); VIP = favourite.")
  int importFritzBox(@Parameters(paramLabel = "${bundle:label.fileXml:-FILE.xml}") Path file) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          ImportReport r =
              m.store().contactBook().importFritzBox(file, m.numbers().importNormaliser());
          Reports.print(out, r, words(), "contacts");
          return 0;
        });
  }

  @Command(
      name = "export-fritzbox",
      mixinStandardHelpOptions = true,
      description = "Export all contacts as a FRITZ!Box phonebook (XML, favourites as VIP).")
  int exportFritzBox(@Parameters(paramLabel = "${bundle:label.fileXml:-FILE.xml}") Path file) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            m.store().contactBook().exportFritzBox(w);
          }
          out.println(
              words()
                  .get("contacts.exportedFritzBox", m.store().contactBook().list().size(), file));
          return 0;
        });
  }

  @Command(
      name = "sync",
      mixinStandardHelpOptions = true,
      description = "Sync the [[contacts.carddav]] address books of the config once.")
  int sync() {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          List<CardDavSettings> books;
          try {
            books = new ConfigLoader().load(HomeOption.home(spec).configFile()).addressBooks();
          } catch (ConfigException e) {
            return StoreCommand.usage(spec, e.getMessage());
          }
          if (books.isEmpty()) {
            out.println(words().get("contacts.noAddressBooks"));
            return 0;
          }
          AddressBooks sync =
              new AddressBooks(
                  m.store(),
                  m.numbers().importNormaliser(),
                  HomeOption.home(spec).dataDir().resolve("carddav"));
          int failed = 0;
          for (CardDavSettings b : books) {
            try {
              AddressBooks.Outcome o = sync.sync(b);
              out.println(o.status());
              o.problems().forEach(p -> out.println(words().get("import.skipped", p)));
              failed += o.ok() ? 0 : 1;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return 1;
            }
          }
          return failed == 0 ? 0 : 1;
        });
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List contacts.")
  int list(@Option(names = "--json", description = "Machine-readable output.") boolean json) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          List<Contact> all = m.store().contactBook().list();
          Map<Long, String> sources = m.store().contactBook().sources();
          if (json) {
            out.println(Json.write(all.stream().map(c -> toMap(c, sources)).toList()));
          } else if (all.isEmpty()) {
            out.println(words().get("contacts.none"));
          } else {
            CliWords w = words();
            all.forEach(
                c ->
                    out.printf(
                        "%4d  %-28s %s%s%s%s%n",
                        c.id(),
                        c.name(),
                        String.join(", ", c.numbers()),
                        c.favourite() ? w.get("contacts.favourite") : "",
                        c.photo().isPresent() ? w.get("contacts.photo") : "",
                        sources.containsKey(c.id())
                            ? w.get("contacts.from", sources.get(c.id()))
                            : ""));
          }
          return 0;
        });
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a contact by its id (see 'contacts list').")
  int remove(@Parameters(paramLabel = "ID") long id) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          if (!m.store().contactBook().delete(id)) {
            return StoreCommand.usage(spec, words().get("contacts.noSuch", id));
          }
          out.println(words().get("contacts.removed", id));
          return 0;
        });
  }

  private CliWords words() {
    return LangOption.words(spec);
  }

  private static Map<String, Object> toMap(Contact c, Map<Long, String> sources) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.name());
    m.put("numbers", c.numbers());
    m.put("favourite", c.favourite());
    m.put("hasPhoto", c.photo().isPresent());
    m.put("source", sources.getOrDefault(c.id(), "local"));
    return m;
  }

  /** Prints import summaries. */
  static final class Reports {
    private Reports() {}

    /**
     * "imported 3 contacts, 1 duplicates, 0 skipped" in the chosen language; {@code what} is {@code
     * contacts} or {@code entries}.
     */
    static void print(PrintWriter out, ImportReport r, CliWords words, String what)
        throws IOException {
      out.println(
          words.get(
              "import.summary",
              r.imported(),
              words.get("import." + what),
              r.duplicates(),
              r.skipped()));
      r.problems().forEach(p -> out.println(words.get("import.skipped", p)));
    }
  }
}
