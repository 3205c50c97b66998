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
          log.logEndedCall(
              Instant.EPOCH, "+26120", Optional.of("+26120"), "X", "REJECT", REASONS, "", end);

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
              .logEndedCall(
                  Instant.EPOCH,
                  "030123",
                  Optional.empty(),
                  "",
                  "VOICEMAIL",
                  List.of(),
                  "Office",
                  new CallLog.End(null, "", "cancelled", Optional.empty()));
      CallLogEntry row = store.callLog().recentCalls(1).get(0);
      assertThat(row.id()).isEqualTo(id);
      assertThat(row.signallingEncryption()).isEmpty();
      assertThat(row.mark()).isEmpty();
      assertThat(row.line()).isEqualTo("Office");
    }
  }

  @Test
  void anUnknownOutcomeIsRefused() {
    assertThatThrownBy(() -> new CallLog.End("", "", "hung", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hung");
  }
}
