package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for another process's lock file or socket wakes on those files only. */
class FolderWatchTest {
  @TempDir Path dir;

  @Test
  void aWrittenWatchedFileWakesTheWait() throws Exception {
    try (FolderWatch watch = FolderWatch.on(dir, Set.of("vorzimmer.lock"))) {
      CompletableFuture<FolderWatch.Wake> woke =
          CompletableFuture.supplyAsync(() -> watch.awaitChange(Duration.ofSeconds(30)));
      Files.writeString(dir.resolve("vorzimmer.lock"), "4711\n");

      assertThat(woke.get()).isEqualTo(FolderWatch.Wake.CHANGED);
    }
  }

  @Test
  void otherFilesDoNotWakeIt() throws Exception {
    try (FolderWatch watch = FolderWatch.on(dir, Set.of("vorzimmer.sock"))) {
      Files.writeString(dir.resolve("vorzimmer.db"), "busy");

      assertThat(watch.awaitChange(Duration.ofMillis(300))).isEqualTo(FolderWatch.Wake.TIMED_OUT);
    }
  }

  @Test
  void anInterruptedWaitSaysSoAndKeepsTheFlag() throws Exception {
    try (FolderWatch watch = FolderWatch.on(dir, Set.of("vorzimmer.sock"))) {
      Thread.currentThread().interrupt();

      assertThat(watch.awaitChange(Duration.ofSeconds(30))).isEqualTo(FolderWatch.Wake.INTERRUPTED);
      assertThat(Thread.interrupted()).isTrue();
    }
  }
}
