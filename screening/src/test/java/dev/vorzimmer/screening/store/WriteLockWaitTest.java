package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that waits for another process's lock does not hold the store: reads (screening
 * decisions, the window's call log) go on meanwhile, and the write lands once the lock is gone.
 */
class WriteLockWaitTest {
  private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
  @TempDir Path dir;
  private ScreeningStore store;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("s.db"));
    store
        .callLog()
        .logCall(
            T,
            "030123",
            Optional.of("+4930123"),
            "Anna",
            "RING",
            List.of(Reason.legacy("contact")),
            "ringing");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void readsGoOnWhileAWriteWaitsForAnotherConnectionsLock() throws Exception {
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"));
        Statement s = other.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");
      CompletableFuture<Long> write =
          CompletableFuture.supplyAsync(
              () ->
                  store
                      .callLog()
                      .logCall(
                          T.plusSeconds(1),
                          "030456",
                          Optional.of("+4930456"),
                          "Bert",
                          "VOICEMAIL",
                          List.of(Reason.legacy("unknown")),
                          "ringing"));

      // Bounded waits for completion, not timing assertions: before, the read queued behind the
      // write for 15 s.
      List<CallLogEntry> read =
          CompletableFuture.supplyAsync(() -> store.callLog().recentCalls(10))
              .get(5, TimeUnit.SECONDS);
      assertThat(read).extracting(CallLogEntry::rawNumber).containsExactly("030123");
      assertThat(write).isNotDone();

      s.execute("ROLLBACK");
      assertThat(write.get(10, TimeUnit.SECONDS)).isPositive();
    }
    assertThat(store.callLog().recentCalls(10))
        .extracting(CallLogEntry::rawNumber)
        .containsExactly("030456", "030123");
  }
}
