package dev.vorzimmer.screening.store;

import java.util.List;

/**
 * Outcome of an import. Bad lines or cards are skipped and described in {@code problems} ({@code
 * "callcentres.txt:17: 'abc' is not a phone number — …"}); everything else is imported.
 *
 * @param imported entries (numbers, prefixes or contacts) now in the store
 * @param duplicates entries that appeared more than once in the input (imported once)
 * @param skipped bad lines or cards
 * @param problems one human-readable line per problem (capped; the last line says how many more)
 */
public record ImportReport(int imported, int duplicates, int skipped, List<String> problems) {
  public ImportReport {
    problems = List.copyOf(problems);
  }
}
