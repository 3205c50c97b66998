package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.ListSource;
import dev.vorzimmer.screening.store.ListStore;
import dev.vorzimmer.ui.common.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of a block or allow list table (Swing-free): a number or range, or — for an import too
 * big to show number by number — one summary row for the whole import.
 *
 * @param pattern the stored number or range ({@code +4930123456}, {@code +49211555*}); for a
 *     summary row the import's name
 * @param reason why it is on the list
 * @param until when it stops applying; empty = always
 * @param source where it came from ({@code ui}, {@code cli}, {@code import:file.txt}, {@code
 *     robot-range})
 * @param bulkCount for a summary row the number of numbers in the import, else 0
 */
record ListRow(
    String pattern, String reason, Optional<Instant> until, String source, int bulkCount) {
  /** Imports with at most this many numbers are shown number by number. */
  static final int SHOWN_PER_IMPORT = 2_000;

  boolean isSummary() {
    return bulkCount > 0;
  }

  /** Table cell of column {@code column}: number, reason, until, source. */
  Object cell(int column, Texts texts, ZoneId zone) {
    return switch (column) {
      case 0 -> isSummary() ? texts.get("lists.bulk", bulkCount) : pattern;
      case 1 -> texts.reasons().note(reason);
      case 2 ->
          until
              .map(
                  t ->
                      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                          .withLocale(texts.locale())
                          .format(t.atZone(zone)))
              .orElse(texts.get("lists.forever"));
      default -> texts.reasons().render(Reason.of("list.origin", "origin", source));
    };
  }

  /**
   * The rows of {@code kind}: single entries, small imports number by number, big imports summed
   * up.
   */
  static List<ListRow> load(ListStore store, ListKind kind) {
    List<ListRow> rows = new ArrayList<>();
    for (ListEntry e : store.entries(kind)) {
      rows.add(new ListRow(e.pattern(), e.reason(), e.expires(), e.source(), 0));
    }
    for (ListSource s : store.sources()) {
      if (s.kind() != kind) {
        continue;
      }
      if (s.count() > SHOWN_PER_IMPORT) {
        rows.add(new ListRow(s.name(), s.reason(), s.expires(), s.name(), s.count()));
        continue;
      }
      try {
        for (String number : store.numbers(s, SHOWN_PER_IMPORT)) {
          rows.add(new ListRow(number, s.reason(), s.expires(), s.name(), 0));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the numbers of " + s.name() + " (" + s.file() + ")", e);
      }
    }
    rows.sort(
        Comparator.comparing(ListRow::isSummary)
            .thenComparing(r -> r.pattern().toLowerCase(Locale.ROOT)));
    return rows;
  }
}
