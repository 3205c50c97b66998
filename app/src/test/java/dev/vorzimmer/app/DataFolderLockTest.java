package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.screening.store.MessageIndex;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder's lock (within this JVM; {@code SingleInstanceIT} checks two real processes) and
 * that only its holder recovers interrupted messages.
 */
class DataFolderLockTest {
  @TempDir Path dir;

  @Test
  void aSecondHolderIsToldThePidAndTheLockIsFreeAgainAfterClose() throws Exception {
    try (DataFolderLock first = DataFolderLock.acquire(dir)) {
      assertThat(Files.readString(dir.resolve(DataFolderLock.FILE_NAME)).strip())
          .isEqualTo(Long.toString(ProcessHandle.current().pid()));
      assertThatThrownBy(() -> DataFolderLock.acquire(dir))
          .isInstanceOf(DataFolderLock.HeldElsewhereException.class)
          .hasMessageStartingWith("already running as pid " + ProcessHandle.current().pid())
          .satisfies(
              e ->
                  assertThat(((DataFolderLock.HeldElsewhereException) e).pid())
                      .isEqualTo(OptionalLong.of(ProcessHandle.current().pid())));
    }
    try (DataFolderLock again = DataFolderLock.acquire(dir)) {
      assertThat(again).isNotNull();
    }
  }

  @Test
  void assemblingAPhoneAsTheCliDoesLeavesARunningPhonesRecordingAlone() throws Exception {
    AppHome home = AppHome.at(dir);
    Path wav = Files.createDirectories(home.messagesDir()).resolve("1.wav");
    Path part = wav.resolveSibling("1.wav.part");
    Files.write(part, new byte[44 + 16_000]);
    long id;
    try (ScreeningStore store = ScreeningStore.open(home.databaseFile())) {
      id =
          store
              .messages()
              .create(Instant.now(), "+4930111", "030 111", List.of(Reason.of("unknown")), wav);
    }

    // 'vorzimmer call' beside a running phone: a second Phone on the same folder, without the lock
    try (Phone cli =
        Phone.assemble(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.systemDefaultZone(),
            MessageListener.NONE,
            Greeting.of(new short[0]))) {
      assertThat(cli.screening().store().messages().find(id))
          .map(MessageEntry::state)
          .contains(MessageIndex.RECORDING);
    }
    assertThat(part).exists();

    // the phone that holds the lock recovers it
    try (DataFolderLock lock = DataFolderLock.acquire(home.dataDir());
        Phone phone =
            Phone.assemble(
                home,
                new ConfigLoader().load(home.configFile()),
                Clock.systemDefaultZone(),
                MessageListener.NONE)) {
      phone.recoverInterruptedMessages(lock, home, MessageListener.NONE);
      assertThat(phone.screening().store().messages().find(id))
          .map(MessageEntry::state)
          .isNotEqualTo(java.util.Optional.of(MessageIndex.RECORDING));
    }
  }
}
