package dev.vorzimmer.screening.store;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.internal.lists.CompactNumberLists;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link CompactNumberLists} from the rows and sidecar files. Sidecar arrays are cached by
 * file name (files are never modified, only replaced by new names), so adding one CLI entry does
 * not re-read a 10-million-number import. A missing or corrupt file is logged and left out.
 */
final class ListsLoader {
  private static final Logger log = LoggerFactory.getLogger(ListsLoader.class);
  private final Db db;
  private final Sidecars sidecars;
  private Map<String, long[]> cache = new HashMap<>();

  ListsLoader(Db db, Sidecars sidecars) {
    this.db = db;
    this.sidecars = sidecars;
  }

  synchronized CompactNumberLists load() {
    List<ListEntry> rows =
        db.read(
            "loading list entries",
            c -> {
              try (PreparedStatement ps = c.prepareStatement("SELECT * FROM list_entries")) {
                return ListStore.readEntries(ps);
              }
            });
    List<ListSource> sources =
        db.read("loading list sources", c -> Sidecars.readSources(c, sidecars.dir(), ""));
    CompactNumberLists.Builder b = CompactNumberLists.builder();
    for (ListEntry e : rows) {
      try {
        b.add(e);
      } catch (IllegalArgumentException ex) {
        log.error("list entry {} in {} ignored: {}", e.id(), db.file(), ex.getMessage());
      }
    }
    Map<String, long[]> next = new HashMap<>();
    for (ListSource s : sources) {
      String name = s.file().getFileName().toString();
      long[] keys = cache.get(name);
      if (keys == null) {
        keys = readOrNull(s);
      }
      if (keys != null) {
        next.put(name, keys);
        b.addSegment(Sidecars.template(s), keys);
      }
    }
    cache = next;
    return b.build();
  }

  private long[] readOrNull(ListSource s) {
    try {
      return sidecars.read(s.file().getFileName().toString());
    } catch (IOException e) {
      log.error(
          "bulk list '{}' ({} numbers, {}) cannot be loaded and is not applied: {}",
          s.name(),
          s.count(),
          s.file(),
          e.toString());
      return null;
    }
  }
}
