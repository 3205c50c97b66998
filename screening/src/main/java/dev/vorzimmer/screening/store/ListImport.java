package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.internal.io.ListLine;
import dev.vorzimmer.screening.internal.io.TextListReader;
import dev.vorzimmer.screening.internal.lists.LongArrayBuilder;
import dev.vorzimmer.screening.internal.lists.PhoneKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One text-list import: exact numbers are grouped by reason, each group written as a sidecar file
 * and registered as a {@link ListSource}; prefixes become rows. Everything becomes visible in one
 * transaction that also replaces an earlier import of the same name.
 */
final class ListImport {
  private final Db db;
  private final Sidecars sidecars;
  private final Clock clock;
  private final Map<String, LongArrayBuilder> exactByReason = new LinkedHashMap<>();
  private final Map<String, String> prefixes = new LinkedHashMap<>();
  private int duplicates;

  ListImport(Db db, Sidecars sidecars, Clock clock) {
    this.db = db;
    this.sidecars = sidecars;
    this.clock = clock;
  }

  ImportReport importText(Path file, ListKind kind, Function<String, Optional<String>> normaliser)
      throws IOException {
    String fileName = file.getFileName().toString();
    TextListReader reader = new TextListReader(fileName, normaliser);
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      reader.read(in, this::collect);
    }
    Instant now = Instant.ofEpochMilli(clock.millis());
    String source = "import:" + fileName;
    List<String> written = new ArrayList<>();
    try {
      List<ListSource> fresh = writeSidecars(source, kind, now, written);
      List<String> obsolete =
          db.write(
              "importing " + file,
              c -> {
                List<String> old = deleteSource(c, source, kind).files();
                for (int i = 0; i < fresh.size(); i++) {
                  Sidecars.insertSource(c, fresh.get(i), written.get(i));
                }
                for (Map.Entry<String, String> p : prefixes.entrySet()) {
                  ListStore.insertEntry(
                      c,
                      new ListEntry(
                          0, p.getKey(), kind, p.getValue(), source, now, Optional.empty()));
                }
                return old;
              });
      sidecars.deleteQuietly(obsolete);
      int imported = prefixes.size() + fresh.stream().mapToInt(ListSource::count).sum();
      return new ImportReport(imported, duplicates, reader.skipped(), reader.problems());
    } catch (IOException | RuntimeException e) {
      sidecars.deleteQuietly(written);
      throw e;
    }
  }

  boolean removeSource(String name) {
    List<String> old = new ArrayList<>();
    int rows =
        db.write(
            "removing list source " + name,
            c -> {
              int n = 0;
              for (ListKind kind : ListKind.values()) {
                Removed removed = deleteSource(c, name, kind);
                old.addAll(removed.files());
                n += removed.rows();
              }
              return n;
            });
    sidecars.deleteQuietly(old);
    return rows > 0;
  }

  private void collect(ListLine line) {
    if (line.isPrefix()) {
      if (prefixes.putIfAbsent(line.pattern(), line.reason()) != null) {
        duplicates++;
      }
      return;
    }
    exactByReason
        .computeIfAbsent(line.reason(), r -> new LongArrayBuilder())
        .add(PhoneKeys.packNumber(line.pattern()));
  }

  private List<ListSource> writeSidecars(
      String source, ListKind kind, Instant now, List<String> written) throws IOException {
    List<ListSource> out = new ArrayList<>();
    for (Map.Entry<String, LongArrayBuilder> group : exactByReason.entrySet()) {
      long[] keys = group.getValue().toSortedUnique();
      duplicates += group.getValue().duplicates();
      String name = sidecars.writeNew(keys);
      written.add(name);
      out.add(
          new ListSource(
              0,
              source,
              kind,
              group.getKey(),
              sidecars.dir().resolve(name),
              keys.length,
              now,
              Optional.empty()));
    }
    return out;
  }

  /** Sidecar files to delete after commit, and the number of rows deleted. */
  private record Removed(List<String> files, int rows) {}

  /** Deletes the rows of source {@code name}. */
  private Removed deleteSource(Connection c, String name, ListKind kind) throws SQLException {
    List<String> files = new ArrayList<>();
    int rows = 0;
    for (ListSource s :
        Sidecars.readSources(c, sidecars.dir(), "WHERE name = ? AND kind = ?", name, kind.name())) {
      files.add(s.file().getFileName().toString());
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM list_sources WHERE name = ? AND kind = ?")) {
      ps.setString(1, name);
      ps.setString(2, kind.name());
      rows += ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM list_entries WHERE source = ? AND kind = ?")) {
      ps.setString(1, name);
      ps.setString(2, kind.name());
      rows += ps.executeUpdate();
    }
    return new Removed(files, rows);
  }
}
