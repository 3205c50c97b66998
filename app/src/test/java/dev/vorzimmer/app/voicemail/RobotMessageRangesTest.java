package dev.vorzimmer.app.voicemail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.store.MessageIndex;
import dev.vorzimmer.screening.store.RangeProposals;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three messages without speech from one number range in one day make the phone propose blocking
 * the range, once; speech, other ranges and other days do not count.
 */
class RobotMessageRangesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant NOON = Instant.parse("2026-12-03T11:00:00Z");
  @TempDir Path dir;
  private ScreeningStore store;
  private Screener screener;

  @BeforeEach
  void open() {
    Clock clock = Clock.fixed(NOON, BERLIN);
    store = ScreeningStore.open(dir.resolve("v.db"), clock);
    screener =
        new Screener(
            ScreeningConfig.defaults(),
            store.contacts(),
            store.lists(),
            dev.vorzimmer.screening.CallerLookup.NONE,
            clock);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private RobotMessageRanges ranges(Instant now) {
    return new RobotMessageRanges(
        store.messages(),
        screener::rangeOf,
        p ->
            store.listStore().entries(ListKind.BLOCK).stream()
                .anyMatch(e -> e.pattern().equals(p) && e.expires().isEmpty()),
        store.rangeProposals(),
        Clock.fixed(now, BERLIN));
  }

  private void message(String caller, Instant time, String triage) {
    MessageIndex index = store.messages();
    long id =
        index.create(
            time, caller, caller, List.of(Reason.of("unknown")), dir.resolve(caller + ".wav"));
    index.setTriage(id, triage, triage.equals("speech") ? 9.0 : 0.0);
  }

  @Test
  void theThirdRobotMessageFromOneRangeTodayProposesBlockingItOnce() {
    RobotMessageRanges ranges = ranges(NOON);
    message("+4922155599001", NOON.minusSeconds(3600), "silent");
    assertThat(ranges.afterRobotMessage("+4922155599001")).isEmpty();
    message("+4922155599002", NOON.minusSeconds(1800), "speech");
    message("+4922155599003", NOON.minusSeconds(1200), "tones");
    assertThat(ranges.afterRobotMessage("+4922155599003")).as("speech does not count").isEmpty();
    message("+4922155599004", NOON, "silent");

    Optional<RobotMessageRanges.Proposal> proposal = ranges.afterRobotMessage("+4922155599004");

    assertThat(proposal)
        .hasValueSatisfying(
            p -> {
              assertThat(p.pattern()).isEqualTo("+49221555990*");
              assertThat(p.messages()).isEqualTo(3);
              assertThat(
                      dev.vorzimmer.screening.ReasonTexts.of(java.util.Locale.ENGLISH)
                          .render(p.text()))
                  .startsWith("3 messages without speech from +49221555990xx today");
            });
    message("+4922155599005", NOON, "silent");
    assertThat(ranges.afterRobotMessage("+4922155599005")).as("proposed once a day").isEmpty();
  }

  @Test
  void yesterdaysMessagesOtherRangesAndBlockedRangesDoNotCount() {
    Instant yesterday = NOON.minusSeconds(24 * 3600);
    message("+4922155599001", yesterday, "silent");
    message("+4922155599002", yesterday, "silent");
    message("+4930555123401", NOON, "silent");
    message("+4922155599003", NOON, "silent");
    assertThat(ranges(NOON).afterRobotMessage("+4922155599003")).isEmpty();

    message("+4922155599004", NOON, "silent");
    message("+4922155599005", NOON, "silent");
    store.listStore().add("+49221555990*", ListKind.BLOCK, "", "ui", Optional.empty());
    assertThat(ranges(NOON).afterRobotMessage("+4922155599005"))
        .as("already blocked for good")
        .isEmpty();
    assertThat(ranges(NOON).afterRobotMessage("anonymous")).isEmpty();
  }

  /**
   * The offer survives closing and opening the real SQLite file (a restart): it is still open, is
   * not made again that day, and "Not now" is remembered across the next restart too.
   */
  @Test
  void theOfferAndItsDismissalSurviveARestartOfTheStore() {
    for (int i = 1; i <= 3; i++) {
      message("+492215559900" + i, NOON.minusSeconds(600L * i), "silent");
    }
    assertThat(ranges(NOON).afterRobotMessage("+4922155599001")).isPresent();
    store.close();

    store = ScreeningStore.open(dir.resolve("v.db"), Clock.fixed(NOON, BERLIN));
    assertThat(store.rangeProposals().open())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pattern()).isEqualTo("+49221555990*");
              assertThat(p.messages()).isEqualTo(3);
              assertThat(p.day()).isEqualTo(java.time.LocalDate.of(2026, 12, 3));
            });
    message("+4922155599004", NOON, "silent");
    assertThat(ranges(NOON).afterRobotMessage("+4922155599004"))
        .as("not offered twice on one day, restart or not")
        .isEmpty();
    store.rangeProposals().answer("+49221555990*", RangeProposals.State.DISMISSED);
    store.close();

    store = ScreeningStore.open(dir.resolve("v.db"), Clock.fixed(NOON, BERLIN));
    assertThat(store.rangeProposals().open()).as("dismissed: not shown again").isEmpty();
    assertThat(store.rangeProposals().find("+49221555990*"))
        .map(RangeProposals.Proposal::state)
        .hasValue(RangeProposals.State.DISMISSED);
    message("+4922155599005", NOON, "silent");
    assertThat(ranges(NOON).afterRobotMessage("+4922155599005")).isEmpty();

    Instant tomorrow = NOON.plusSeconds(24 * 3600);
    for (int i = 6; i <= 8; i++) {
      message("+492215559900" + i, tomorrow, "silent");
    }
    assertThat(ranges(tomorrow).afterRobotMessage("+4922155599008"))
        .as("a new day's robots make a new offer")
        .isPresent();
  }
}
