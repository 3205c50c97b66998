package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.screening.ListEntry;
import dev.vorzimmer.screening.ListKind;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention on a real SQLite file: old calls and expired entries go, everything else stays. */
class StorageMaintenanceTest {
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  @TempDir Path dir;

  @Test
  void oldCallsAndExpiredEntriesAreRemovedTheRestStays() throws Exception {
    AppHome home = AppHome.at(dir);
    try (ScreeningStore store =
        ScreeningStore.open(home.databaseFile(), Clock.fixed(NOW, ZoneOffset.UTC))) {
      logCall(store, NOW.minus(Duration.ofDays(400)), "+4930111");
      logCall(store, NOW.minus(Duration.ofDays(29)), "+4930222");
      logCall(store, NOW.minus(Duration.ofDays(31)), "+4930333");
      store
          .listStore()
          .add(
              "+4930444",
              ListKind.ALLOW,
              "plumber",
              "cli",
              Optional.of(NOW.minus(Duration.ofHours(1))));
      store
          .listStore()
          .add(
              "+4930555",
              ListKind.ALLOW,
              "electrician",
              "cli",
              Optional.of(NOW.plus(Duration.ofHours(1))));
      store
          .listStore()
          .add(
              "+49221555990*",
              ListKind.BLOCK,
              "robot range",
              "robot-range",
              Optional.of(NOW.minusSeconds(1)));
      store.listStore().add("+49211555*", ListKind.BLOCK, "call centre", "cli", Optional.empty());

      StorageMaintenance.Result r =
          new StorageMaintenance(store, home, 30, Clock.fixed(NOW, ZoneOffset.UTC)).runOnce();

      assertThat(r).isEqualTo(new StorageMaintenance.Result(2, 2));
      assertThat(store.callLog().recentCalls(10))
          .extracting(CallLogEntry::rawNumber)
          .containsExactly("+4930222");
      assertThat(store.listStore().entries(ListKind.ALLOW))
          .extracting(ListEntry::pattern)
          .containsExactly("+4930555");
      assertThat(store.listStore().entries(ListKind.BLOCK))
          .extracting(ListEntry::pattern)
          .containsExactly("+49211555*");
    }
  }

  @Test
  void theDataFolderAndItsFilesBecomeOwnerOnly() throws Exception {
    AppHome home = AppHome.at(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path message = Files.createDirectories(home.messagesDir()).resolve("1.wav");
    Files.write(message, new byte[44]);
    Files.setPosixFilePermissions(message, PosixFilePermissions.fromString("rw-r--r--"));
    try (ScreeningStore store =
        ScreeningStore.open(home.databaseFile(), Clock.fixed(NOW, ZoneOffset.UTC))) {
      new StorageMaintenance(store, home, 365, Clock.fixed(NOW, ZoneOffset.UTC)).runOnce();
    }
    assertThat(Files.getPosixFilePermissions(dir))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(home.messagesDir()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(message))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(home.databaseFile()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  private static void logCall(ScreeningStore store, Instant time, String number) {
    store
        .callLog()
        .logCall(
            time,
            number,
            Optional.of(number),
            "",
            "VOICEMAIL",
            List.of(Reason.of("unknown")),
            "voicemail");
  }
}
