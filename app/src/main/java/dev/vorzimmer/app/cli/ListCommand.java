package dev.vorzimmer.app.cli;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.ReasonJson;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.store.ImportReport;
import dev.vorzimmer.screening.store.ListSource;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vorzimmer block …} and {@code vorzimmer allow …}: one class, registered twice with its
 * list kind. Entries are numbers ({@code 030 123456}), prefixes ({@code +49211555*}) or whole
 * country codes ({@code +1*}).
 */
@Command(mixinStandardHelpOptions = true)
public final class ListCommand {
  @Spec CommandSpec spec;
  private final ListKind kind;
  private final Clock clock;

  public ListCommand(ListKind kind, Clock clock) {
    this.kind = kind;
    this.clock = clock;
  }

  private String word() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a number, a prefix ending in * (+49211555*) or a country (+1*).")
  int add(
      @Parameters(paramLabel = "${bundle:label.numberOrPrefix:-NUMBER-OR-PREFIX}") String pattern,
      @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "") String reason,
      @Option(
              names = "--for",
              paramLabel = "${bundle:label.duration:-DURATION}",
              description = "Only for a while: 30m, 48h, 7d, 2w.")
          String forText) {
    Optional<Instant> expires;
    try {
      expires =
          forText == null
              ? Optional.empty()
              : Optional.of(clock.instant().plus(Durations.parse(forText)));
    } catch (IllegalArgumentException e) {
      return StoreCommand.usage(spec, e.getMessage());
    }
    return StoreCommand.run(
        spec,
        (m, out) -> {
          Optional<String> p = m.numbers().pattern(pattern);
          if (p.isEmpty()) {
            return StoreCommand.usage(spec, words().get("list.notAPattern", pattern));
          }
          ListEntry e = m.store().listStore().add(p.get(), kind, reason, "cli", expires);
          out.println(
              words().get("list." + word() + ".added", e.pattern())
                  + e.expires().map(x -> words().get("list.until", x)).orElse("")
                  + (reason.isEmpty() ? "" : " (" + reason + ")"));
          return 0;
        });
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove an entry (number or prefix as added).")
  int remove(
      @Parameters(paramLabel = "${bundle:label.numberOrPrefix:-NUMBER-OR-PREFIX}") String pattern) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          String p = m.numbers().pattern(pattern).orElse(pattern.strip());
          int n = m.store().listStore().remove(p, kind);
          if (n == 0) {
            return StoreCommand.usage(spec, words().get("list." + word() + ".notOn", p));
          }
          out.println(words().get("list." + word() + ".removed", p));
          return 0;
        });
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Import a text/CSV list: one number or prefix per line, # comments, optional reason column.")
  int importFile(@Parameters(paramLabel = "${bundle:label.file:-FILE}") Path file) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          ImportReport r =
              m.store().listStore().importText(file, kind, m.numbers().importNormaliser());
          ContactsCommand.Reports.print(out, r, LangOption.words(spec), "entries");
          return 0;
        });
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Write the list as text (importable again).")
  int export(@Parameters(paramLabel = "${bundle:label.file:-FILE}") Path file) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            m.store().listStore().exportText(kind, w);
          }
          out.println(words().get("list." + word() + ".exported", file));
          return 0;
        });
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Show the list.")
  int list(@Option(names = "--json") boolean json) {
    return StoreCommand.run(
        spec,
        (m, out) -> {
          List<ListEntry> entries = m.store().listStore().entries(kind);
          ReasonTexts texts = LangOption.texts(spec);
          CliWords words = words();
          List<ListSource> sources =
              m.store().listStore().sources().stream().filter(s -> s.kind() == kind).toList();
          if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("entries", entries.stream().map(e -> toMap(e, texts)).toList());
            doc.put("bulkLists", sources.stream().map(ListCommand::toMap).toList());
            out.println(Json.write(doc));
            return 0;
          }
          if (entries.isEmpty() && sources.isEmpty()) {
            out.println(words.get("list." + word() + ".empty"));
          }
          Instant now = clock.instant();
          entries.forEach(
              e ->
                  out.printf(
                      "%-18s %-22s %s%s%n",
                      e.pattern(),
                      words.code("source.", e.source()),
                      texts.note(e.reason()),
                      e.expires()
                          .map(
                              x ->
                                  " "
                                      + words.get(
                                          e.activeAt(now) ? "list.until" : "list.expired", x))
                          .orElse("")));
          sources.forEach(
              s ->
                  out.printf(
                      "%-18s %-22s %s%n",
                      words.get("list.numbers", s.count()), s.name(), s.reason()));
          return 0;
        });
  }

  private CliWords words() {
    return LangOption.words(spec);
  }

  private static Map<String, Object> toMap(ListEntry e, ReasonTexts texts) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pattern", e.pattern());
    m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
    m.put("reason", texts.note(e.reason()));
    ReasonJson.readOne(e.reason()).ifPresent(r -> m.put("reasonCode", ReasonJson.node(r)));
    m.put("source", e.source());
    m.put("created", e.created().toString());
    m.put("expires", e.expires().map(Instant::toString).orElse(null));
    return m;
  }

  private static Map<String, Object> toMap(ListSource s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("count", s.count());
    m.put("reason", s.reason());
    m.put("created", s.created().toString());
    return m;
  }
}
