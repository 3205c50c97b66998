package dev.vorzimmer.screening.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.NumberLists;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real JVMs write the same store at once (the phone and the CLI). */
class TwoProcessStoreIT {
  private static final int N = 400;
  @TempDir Path dir;

  @Test
  void bothProcessesWriteEverythingWithoutBusyErrors() throws Exception {
    Path db = dir.resolve("screening.db");
    try (ScreeningStore store = ScreeningStore.open(db)) {
      NumberLists lists = store.lists();
      assertThat(lists.match("+4930777", ListKind.BLOCK, Instant.now())).isEmpty();

      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  StoreWriterMain.class.getName(),
                  db.toString(),
                  Integer.toString(N))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture.runAsync(() -> pump(child, lines));
        assertThat(lines.poll(30, TimeUnit.SECONDS)).isEqualTo("OPEN");

        for (int i = 0; i < N; i++) {
          store
              .callLog()
              .logCall(
                  Instant.now(), "parent-" + i, Optional.empty(), "p", "RING", List.of(), "missed");
        }

        assertThat(lines.poll(60, TimeUnit.SECONDS)).isEqualTo("DONE");
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
      } finally {
        child.destroyForcibly();
      }

      List<CallLogEntry> all = store.callLog().recentCalls(10 * N);
      assertThat(all).hasSize(2 * N);
      assertThat(all).filteredOn(e -> e.rawNumber().startsWith("child-")).hasSize(N);
      assertThat(all).filteredOn(e -> e.rawNumber().startsWith("parent-")).hasSize(N);
      assertThat(lists.match("+4930777", ListKind.BLOCK, Instant.now()))
          .map(ListEntry::reason)
          .contains("from the other process");
    }
  }

  private static void pump(Process p, BlockingQueue<String> lines) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line.strip());
      }
    } catch (java.io.IOException e) {
      lines.add("READ FAILED: " + e);
    }
  }
}
