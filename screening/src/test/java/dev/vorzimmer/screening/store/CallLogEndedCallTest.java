package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.screening.Reason;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call that ended before its row was written is logged in one write; a reader cannot tell it from
 * a row written first and ended afterwards.
 */
class CallLogEndedCallTest {
  @TempDir Path dir;

  private static final List<Reason> REASONS = List.of(Reason.of("blocked"));
  private static final Reason MARK = Reason.of("ping.foreign", "seconds", 1, "country", "MG");

  @Test
  void oneWriteGivesTheSameRowAsRowThenEnd() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("s.db"))) {
      CallLog log = store.callLog();
      CallLog.End end = new CallLog.End("tls", "srtp", "rejected", Optional.of(MARK));
      long twoWrites =
          log.logCall(
              Instant.EPOCH,
              "+26120",
              Optional.of("+26120"),
              "X",
              "REJECT",
              REASONS,
              "ringing",
              "");
      log.recordEnd(twoWrites, end);
      long oneWrite =
          log.logCalls(
                  List.of(
                      new CallLog.NewCall(
                          Instant.EPOCH,
                          "+26120",
                          Optional.of("+26120"),
                          "X",
                          "REJECT",
                          REASONS,
                          "",
                          end)))
              .get(0);

      List<CallLogEntry> rows = log.recentCalls(2);
      CallLogEntry a = rows.stream().filter(r -> r.id() == twoWrites).findFirst().orElseThrow();
      CallLogEntry b = rows.stream().filter(r -> r.id() == oneWrite).findFirst().orElseThrow();
      assertThat(b.outcome()).isEqualTo("rejected");
      assertThat(b.mark()).isNotBlank();
      assertThat(b).usingRecursiveComparison().ignoringFields("id").isEqualTo(a);
      assertThat(log.latestMark("+26120")).contains(MARK);
    }
  }

  @Test
  void anEndWithoutSignallingOrMarkLeavesTheDefaults() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("d.db"))) {
      long id =
          store
              .callLog()
              .logCalls(
                  List.of(
                      new CallLog.NewCall(
                          Instant.EPOCH,
                          "030123",
                          Optional.empty(),
                          "",
                          "VOICEMAIL",
                          List.of(),
                          "Office",
                          new CallLog.End(null, "", "cancelled", Optional.empty()))))
              .get(0);
      CallLogEntry row = store.callLog().recentCalls(1).get(0);
      assertThat(row.id()).isEqualTo(id);
      assertThat(row.signallingEncryption()).isEmpty();
      assertThat(row.mark()).isEmpty();
      assertThat(row.line()).isEqualTo("Office");
    }
  }

  @Test
  void severalCallsInOneWriteKeepTheirOrderAndIds() {
    try (ScreeningStore store = ScreeningStore.open(dir.resolve("n.db"))) {
      List<CallLog.NewCall> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        calls.add(
            new CallLog.NewCall(
                Instant.EPOCH.plusMillis(i),
                "+4921155500" + i,
                Optional.of("+4921155500" + i),
                "",
                "REJECT",
                REASONS,
                "",
                new CallLog.End("plain", "", i == 4 ? "ringing" : "rejected", Optional.empty())));
      }
      List<Long> ids = store.callLog().logCalls(calls);

      assertThat(ids).hasSize(5).isSorted().doesNotHaveDuplicates();
      List<CallLogEntry> rows = store.callLog().recentCalls(10);
      List<Long> newestFirst = new java.util.ArrayList<>(ids);
      java.util.Collections.reverse(newestFirst);
      assertThat(rows).extracting(CallLogEntry::id).containsExactlyElementsOf(newestFirst);
      assertThat(rows)
          .extracting(CallLogEntry::rawNumber)
          .containsExactly(
              "+49211555004", "+49211555003", "+49211555002", "+49211555001", "+49211555000");
      assertThat(rows.get(0).outcome()).isEqualTo("ringing");
      assertThat(store.callLog().logCalls(List.of())).isEmpty();
    }
  }

  @Test
  void anUnknownOutcomeIsRefused() {
    assertThatThrownBy(() -> new CallLog.End("", "", "hung", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hung");
  }
}
