package dev.vorzimmer.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompactNumberListsTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NOW = T0.plusSeconds(3600);

  private static ListEntry entry(long id, String pattern, ListKind kind, String reason) {
    return new ListEntry(id, pattern, kind, reason, "cli", T0, Optional.empty());
  }

  private static ListEntry expiring(long id, String pattern, Instant expires) {
    return new ListEntry(id, pattern, ListKind.BLOCK, "temp", "cli", T0, Optional.of(expires));
  }

  @Test
  void exactBeatsPrefixAndLongerPrefixBeatsShorter() {
    CompactNumberLists lists =
        CompactNumberLists.builder()
            .add(entry(1, "+49*", ListKind.BLOCK, "germany"))
            .add(entry(2, "+49211*", ListKind.BLOCK, "duesseldorf"))
            .add(entry(3, "+49211555123", ListKind.BLOCK, "that one"))
            .build();

    assertThat(lists.match("+49211555123", ListKind.BLOCK, NOW)).map(ListEntry::id).contains(3L);
    assertThat(lists.match("+49211555124", ListKind.BLOCK, NOW)).map(ListEntry::id).contains(2L);
    assertThat(lists.match("+4930123", ListKind.BLOCK, NOW)).map(ListEntry::id).contains(1L);
    assertThat(lists.match("+4430123", ListKind.BLOCK, NOW)).isEmpty();
  }

  @Test
  void digitCountIsPartOfTheNumber() {
    CompactNumberLists lists =
        CompactNumberLists.builder()
            .add(entry(1, "+4930", ListKind.BLOCK, ""))
            .add(entry(2, "+490*", ListKind.BLOCK, ""))
            .build();

    assertThat(lists.match("+49030", ListKind.BLOCK, NOW)).map(ListEntry::id).contains(2L);
    assertThat(lists.match("+4930", ListKind.BLOCK, NOW)).map(ListEntry::id).contains(1L);
    assertThat(lists.match("+49300", ListKind.BLOCK, NOW)).isEmpty();
  }

  @Test
  void expiredEntriesNeverMatchAndFallThroughToOthers() {
    CompactNumberLists lists =
        CompactNumberLists.builder()
            .add(expiring(1, "+4930123", T0.plusSeconds(60)))
            .add(expiring(2, "+4930*", T0.plusSeconds(60)))
            .add(entry(3, "+49*", ListKind.BLOCK, "country"))
            .build();

    assertThat(lists.match("+4930123", ListKind.BLOCK, T0)).map(ListEntry::id).contains(1L);
    assertThat(lists.match("+4930123", ListKind.BLOCK, NOW)).map(ListEntry::id).contains(3L);
  }

  @Test
  void blockAndAllowAreKeptApart() {
    CompactNumberLists lists =
        CompactNumberLists.builder()
            .add(entry(1, "+4930123", ListKind.ALLOW, "friend"))
            .add(entry(2, "+4930*", ListKind.BLOCK, "berlin"))
            .build();

    assertThat(lists.match("+4930123", ListKind.ALLOW, NOW)).map(ListEntry::id).contains(1L);
    assertThat(lists.match("+4930123", ListKind.BLOCK, NOW)).map(ListEntry::id).contains(2L);
    assertThat(lists.match("+4930999", ListKind.ALLOW, NOW)).isEmpty();
  }

  @Test
  void bulkGroupBecomesSegmentKeepingItsMetadata() {
    CompactNumberLists.Builder b = CompactNumberLists.builder();
    for (int i = 0; i < 1000; i++) {
      b.add(
          new ListEntry(
              7,
              "+4969" + (100000 + i),
              ListKind.BLOCK,
              "spam",
              "import:x.txt",
              T0,
              Optional.of(NOW.plusSeconds(1))));
    }
    CompactNumberLists lists = b.build();

    Optional<ListEntry> hit = lists.match("+4969100500", ListKind.BLOCK, NOW);
    assertThat(hit).isPresent();
    assertThat(hit.get().pattern()).isEqualTo("+4969100500");
    assertThat(hit.get().source()).isEqualTo("import:x.txt");
    assertThat(hit.get().reason()).isEqualTo("spam");
    assertThat(lists.match("+4969101000", ListKind.BLOCK, NOW)).isEmpty();
    assertThat(lists.match("+4969100500", ListKind.BLOCK, NOW.plusSeconds(2))).isEmpty();
    assertThat(lists.numberCount(ListKind.BLOCK)).isEqualTo(1000);
  }

  @Test
  void segmentAddedFromPackedKeysMatches() {
    long[] keys = {
      PhoneKeys.packNumber("+11"),
      PhoneKeys.packNumber("+4930123"),
      PhoneKeys.packNumber("+4930124")
    };
    java.util.Arrays.sort(keys);
    CompactNumberLists lists =
        CompactNumberLists.builder()
            .addSegment(
                new ListEntry(9, "", ListKind.BLOCK, "bulk", "import:a", T0, Optional.empty()),
                keys)
            .build();

    assertThat(lists.match("+4930124", ListKind.BLOCK, NOW)).map(ListEntry::id).contains(9L);
    assertThat(lists.match("+4930125", ListKind.BLOCK, NOW)).isEmpty();
  }

  @Test
  void nonE164InputMatchesNothingAndBadPatternsAreRejected() {
    CompactNumberLists lists =
        CompactNumberLists.builder().add(entry(1, "+49*", ListKind.BLOCK, "")).build();

    assertThat(lists.match("030123", ListKind.BLOCK, NOW)).isEmpty();
    assertThat(lists.match("anonymous", ListKind.BLOCK, NOW)).isEmpty();
    assertThat(lists.match("+4912345678901234", ListKind.BLOCK, NOW)).isEmpty();
    assertThatThrownBy(
            () -> CompactNumberLists.builder().add(entry(1, "+49x1", ListKind.BLOCK, "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("+49x1");
  }
}
