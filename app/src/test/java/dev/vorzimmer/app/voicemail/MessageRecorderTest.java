package dev.vorzimmer.app.voicemail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.AnsweringMachineListener.FinishReason;
import dev.vorzimmer.media.AnsweringMachineListener.Finished;
import dev.vorzimmer.media.CrashSafeWavWriter;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.screening.store.CallResult;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.screening.store.MessageIndex;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorder never touches the database on the thread that starts a recording (the SIP thread):
 * rows are written on the store lane, in order; a recording whose row never got written is indexed
 * by recovery at the next start.
 */
class MessageRecorderTest {
  @TempDir Path dir;
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
  private final ExecutorService lane = Executors.newSingleThreadExecutor();
  private ScreeningStore store;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("v.db"), clock);
  }

  @AfterEach
  void close() throws InterruptedException {
    lane.shutdownNow();
    lane.awaitTermination(5, TimeUnit.SECONDS);
    store.close();
  }

  private MessageRecorder recorder() {
    return recorder(-1);
  }

  private MessageRecorder recorder(long callLogId) {
    return new MessageRecorder(
        store.messages(),
        store.callLog(),
        dir.resolve("messages"),
        callId ->
            Optional.of(
                new MessageRecorder.CallerSummary(
                    callLogId, "+491701234567", "+49 170 1234567", List.of(Reason.of("unknown")))),
        clock,
        new MessageListener() {},
        lane);
  }

  private void drainLane() throws Exception {
    lane.submit(() -> {}).get(10, TimeUnit.SECONDS);
  }

  @Test
  void beginReturnsAtOnceAndTheRowIsWrittenOnTheStoreLane() throws Exception {
    MessageRecorder recorder = recorder();
    java.util.concurrent.CountDownLatch laneHeld = new java.util.concurrent.CountDownLatch(1);
    lane.execute(() -> awaitQuietly(laneHeld));

    MessageRecorder.Recording rec = recorder.begin("call-1");

    assertThat(rec.file().getParent()).isEqualTo(dir.resolve("messages"));
    assertThat(store.messages().list()).as("nothing written on the caller's thread").isEmpty();
    laneHeld.countDown();
    Path written = Files.createFile(rec.file());
    rec.finished(new Finished(FinishReason.STOPPED, Duration.ofSeconds(3), written));
    drainLane();
    assertThat(store.messages().list())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.caller()).isEqualTo("+491701234567");
              assertThat(m.file()).isEqualTo(rec.file());
              assertThat(m.state()).isEqualTo(MessageIndex.COMPLETE);
            });
  }

  @Test
  void aCallerWhoHangsUpDuringTheGreetingLeavesNoMessage() throws Exception {
    long call =
        store
            .callLog()
            .logCall(
                clock.instant(),
                "+491701234567",
                Optional.of("+491701234567"),
                "",
                "VOICEMAIL",
                List.of(Reason.of("unknown")),
                "ringing");
    MessageRecorder.Recording rec = recorder(call).begin("call-2");
    drainLane();
    assertThat(store.callLog().recentCalls(1).get(0).messageId()).isPresent();

    rec.finished(new Finished(FinishReason.STOPPED, Duration.ZERO, null));
    store.callLog().updateOutcome(call, "voicemail"); // the call's end, as the policy writes it
    drainLane();

    assertThat(store.messages().list()).as("no 0:00 message").isEmpty();
    CallLogEntry row = store.callLog().recentCalls(1).get(0);
    assertThat(row.messageId()).isEmpty();
    assertThat(CallResult.of(row.verdict(), row.outcome(), false))
        .isEqualTo(CallResult.GREETING_HANGUP);
  }

  @Test
  void aPartFileWhoseRowWasNeverWrittenIsIndexedAsRecovered() throws Exception {
    Path messages = Files.createDirectories(dir.resolve("messages"));
    Path target = messages.resolve("20261203-100000-000-abc.wav");
    try (CrashSafeWavWriter w = CrashSafeWavWriter.create(target)) {
      w.write(new short[8000], 0, 8000);
    }
    // What a phone that died mid-message leaves: the audio under the .part name, and no row.
    Files.move(target, CrashSafeWavWriter.partFileOf(target));

    assertThat(MessageRecovery.run(store.messages(), messages)).isEqualTo(1);

    List<MessageEntry> all = store.messages().list();
    assertThat(all)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.state()).isEqualTo(MessageIndex.RECOVERED);
              assertThat(m.file()).isEqualTo(target);
            });
    assertThat(Files.exists(target)).isTrue();
    assertThat(MessageRecovery.run(store.messages(), messages)).as("nothing twice").isZero();
  }

  private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
