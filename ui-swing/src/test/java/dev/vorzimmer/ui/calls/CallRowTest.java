package dev.vorzimmer.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.GhostLog;
import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.NumberNormaliser;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.sip.GhostCall;
import dev.vorzimmer.ui.common.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallRowTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final Texts en = new Texts(Locale.ENGLISH);
  private final NumberNormaliser numbers = new NumberNormaliser("DE");
  private final CallRow.Lookup lookup =
      new CallRow.Lookup() {
        private final Map<String, String> names = Map.of("+49301234567", "Erika Mustermann");

        @Override
        public Optional<String> contactName(String e164) {
          return Optional.ofNullable(names.get(e164));
        }

        @Override
        public CallerInfo describe(String rawNumber) {
          return numbers.describe(rawNumber);
        }
      };

  private static CallLogEntry entry(
      String raw,
      Optional<String> e164,
      String display,
      String verdict,
      String outcome,
      Reason... reasons) {
    return new CallLogEntry(
        7,
        Instant.parse("2026-03-02T13:05:00Z"),
        raw,
        e164,
        display,
        verdict,
        List.of(reasons),
        outcome,
        Optional.empty());
  }

  @Test
  void aContactShowsTheirNameAndTheDecidingReasonLast() {
    CallRow row =
        CallRow.of(
            entry(
                "+49301234567",
                Optional.of("+49301234567"),
                "Erika",
                "RING",
                "missed",
                Reason.of("caller", "line", "FIXED", "country", "DE"),
                Reason.of("contact", "name", "Erika Mustermann")),
            lookup,
            en,
            BERLIN);
    assertThat(row.caller()).isEqualTo("Erika Mustermann");
    assertThat(row.mainReason()).isEqualTo("contact Erika Mustermann");
    assertThat(row.verdictText()).isEqualTo("Rings");
    assertThat(row.outcomeText()).isEqualTo("missed");
    assertThat(row.timeText()).contains("2:05");
    assertThat(row.number()).contains("+49301234567");
  }

  @Test
  void anUnknownNumberShowsNationalFormatAndTheDisplayName() {
    CallRow row =
        CallRow.of(
            entry(
                "+491701234567",
                Optional.of("+491701234567"),
                "Shop",
                "VOICEMAIL",
                "voicemail",
                Reason.of("unknown")),
            lookup,
            en,
            BERLIN);
    assertThat(row.caller()).isEqualTo("Shop (0170 1234567)");
    assertThat(row.info()).containsIgnoringCase("mobile").contains("Germany");
    assertThat(row.outcomeText())
        .as("screened to the machine, no message left")
        .isEqualTo("hung up during the greeting");
  }

  @Test
  void aWithheldCallerHasNoNumberToActOn() {
    CallRow row =
        CallRow.of(
            entry(
                "anonymous",
                Optional.empty(),
                "Anonymous",
                "VOICEMAIL",
                "voicemail",
                Reason.of("no-number", "presentation", "WITHHELD")),
            lookup,
            en,
            BERLIN);
    assertThat(row.number()).isEmpty();
    assertThat(row.caller()).isNotBlank();
    assertThat(row.mainReason()).isEqualTo("number withheld");
  }

  @Test
  void germanTextsAreUsedForAGermanWindow() {
    CallRow row =
        CallRow.of(
            entry(
                "+492115550123",
                Optional.of("+492115550123"),
                "",
                "REJECT",
                "rejected",
                Reason.of(
                    "blocked.range",
                    "pattern",
                    "+49211555*",
                    "origin",
                    "import:callcentres.txt",
                    "note",
                    "call centre")),
            lookup,
            new Texts(Locale.GERMAN),
            BERLIN);
    assertThat(row.verdictText()).isEqualTo("Abgewiesen");
    assertThat(row.outcomeText()).isEqualTo("abgewiesen");
    assertThat(row.mainReason())
        .isEqualTo(
            "auf der Sperrliste (Bereich +49211555*): call centre (importiert aus callcentres.txt)");
    assertThat(row.info()).startsWith("Festnetznummer").endsWith("Deutschland");
    assertThat(row.caller()).isEqualTo("0211 5550123");
  }

  @Test
  void filtersKeepWhatHappened() {
    List<CallRow> rows =
        List.of(
            CallRow.of(
                entry(
                    "+49301234567",
                    Optional.of("+49301234567"),
                    "",
                    "RING",
                    "unanswered",
                    Reason.legacy("x")),
                lookup,
                en,
                BERLIN),
            CallRow.of(
                entry(
                    "anonymous",
                    Optional.empty(),
                    "",
                    "VOICEMAIL",
                    "voicemail",
                    Reason.legacy("y")),
                lookup,
                en,
                BERLIN),
            CallRow.of(
                entry(
                    "+492115550123",
                    Optional.of("+492115550123"),
                    "",
                    "REJECT",
                    "rejected",
                    Reason.legacy("z")),
                lookup,
                en,
                BERLIN));
    assertThat(CallFilter.ALL.apply(rows, Set.of())).hasSize(3);
    assertThat(CallFilter.MISSED.apply(rows, Set.of()))
        .extracting(CallRow::number)
        .containsExactly(Optional.of("+49301234567"));
    assertThat(CallFilter.TURNED_AWAY.apply(rows, Set.of()))
        .extracting(CallRow::verdict)
        .containsExactly("REJECT");
    assertThat(CallFilter.MESSAGES.apply(rows, Set.of())).isEmpty();
    assertThat(CallFilter.CALL_BACK.apply(rows, Set.of("+49301234567"))).hasSize(1);
  }

  @Test
  void todaysCallsShowOnlyTheTimeOlderOnesTheDateToo() {
    Instant now = Instant.now();
    assertThat(CallRow.time(now, BERLIN, Locale.GERMAN)).matches("\\d{2}:\\d{2}");
    assertThat(CallRow.time(Instant.parse("2026-03-02T13:05:00Z"), BERLIN, Locale.GERMAN))
        .isEqualTo("02.03.26, 14:05");
  }

  @Test
  void whyListsEveryReasonInOrderAndSaysItInOneSentence() {
    CallRow row =
        CallRow.of(
            entry(
                "+49301234567",
                Optional.of("+49301234567"),
                "",
                "RING",
                "unanswered",
                Reason.of("caller", "line", "FIXED", "country", "DE"),
                Reason.of("contact.favourite", "name", "Erika Mustermann"),
                Reason.of("unanswered", "seconds", 25)),
            lookup,
            en,
            BERLIN);
    assertThat(WhyPanel.rules(row))
        .isEqualTo(
            "1. landline number, Germany\n2. favourite contact Erika Mustermann\n"
                + "3. not answered within 25 s");
    assertThat(row.outcomeText()).isEqualTo("missed");
    assertThat(row.missed()).isTrue();
  }

  @Test
  void aGhostSummaryRowShowsHowManyGhostsCameFromWhere(@TempDir Path dir) throws Exception {
    ScheduledExecutorService lane = Executors.newSingleThreadScheduledExecutor();
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:05Z"), BERLIN); // one minute: one row
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("v.db"), clock)) {
      GhostLog ghosts = new GhostLog(store.callLog(), numbers::toE164, clock, () -> {}, lane);
      for (int i = 0; i < 37; i++) {
        ghosts.onGhostCall(
            new GhostCall(
                "ghost-" + i,
                "+4930999000",
                "203.0.113.9",
                "INVITE from 203.0.113.9, which is neither our registrar nor a trusted host"));
      }
      ghosts.flushNow();
      lane.submit(() -> {}).get(5, TimeUnit.SECONDS);
      CallRow row = CallRow.of(store.callLog().recentCalls(10).get(0), lookup, en, BERLIN);
      assertThat(row.mainReason())
          .as("the Calls table's reason column")
          .isEqualTo("ghost calls in 1 min from 203.0.113.9: 37");
      assertThat(row.outcomeText()).isEqualTo("turned away");
    } finally {
      lane.shutdownNow();
    }
  }

  @Test
  void theRowKnowsHowTheCallWasProtectedAndOldRowsArePlain() {
    CallLogEntry base = entry("+49301234567", Optional.of("+49301234567"), "", "RING", "answered");
    CallLogEntry srtpOverTls = base.toBuilder().encryption("srtp", "tls").build();
    assertThat(CallRow.of(srtpOverTls, lookup, en, BERLIN).security())
        .isEqualTo(dev.vorzimmer.sip.CallSecurity.of(true, true));
    assertThat(CallRow.of(base, lookup, en, BERLIN).security())
        .as("a row logged before encryption was recorded")
        .isEqualTo(dev.vorzimmer.sip.CallSecurity.PLAIN);
  }
}
