package dev.vorzimmer.app.voicemail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.AnsweringMachineListener.FinishReason;
import dev.vorzimmer.media.AnsweringMachineListener.Finished;
import dev.vorzimmer.media.CrashSafeWavWriter;
import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Screener;
import dev.vorzimmer.screening.ScreeningConfig;
import dev.vorzimmer.screening.store.MessageEntry;
import dev.vorzimmer.screening.store.ScreeningStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * A finished message is triaged off the calling thread, its class stored with it, and a silent one
 * is reported as "probably a robot"; the third from one range today brings the offer to block it.
 */
class MessageTriagingTest {
  @TempDir Path dir;
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
  private final ExecutorService storeLane = Executors.newSingleThreadExecutor();
  private final ExecutorService triageLane = Executors.newSingleThreadExecutor();
  private final List<String> heard = new ArrayList<>();
  private ScreeningStore store;

  @BeforeEach
  void open() {
    store = ScreeningStore.open(dir.resolve("v.db"), clock);
  }

  @AfterEach
  void close() throws InterruptedException {
    triageLane.shutdownNow();
    storeLane.shutdownNow();
    storeLane.awaitTermination(5, TimeUnit.SECONDS);
    store.close();
  }

  private MessageRecorder recorder() {
    Screener screener =
        new Screener(
            ScreeningConfig.defaults(), store.contacts(), store.lists(), CallerLookup.NONE, clock);
    MessageTriaging triaging =
        new MessageTriaging(
            triageLane,
            new RobotMessageRanges(
                store.messages(), screener::rangeOf, p -> false, store.rangeProposals(), clock));
    return new MessageRecorder(
        store.messages(),
        store.callLog(),
        dir.resolve("messages"),
        callId ->
            Optional.of(
                new MessageRecorder.CallerSummary(
                    -1, callId, callId, List.of(Reason.of("unknown")))),
        clock,
        new MessageListener() {
          @Override
          public void saved(
              long id, String caller, Duration duration, String triage, boolean robot) {
            heard.add(caller + " " + triage + (robot ? " robot" : ""));
          }

          @Override
          public void robotRange(RobotMessageRanges.Proposal proposal) {
            heard.add("propose " + proposal.pattern());
          }
        },
        storeLane,
        triaging);
  }

  /**
   * Records {@code seconds} of silence as {@code caller}'s message and waits until it is stored.
   */
  private MessageEntry silentMessage(MessageRecorder recorder, String caller, int seconds)
      throws Exception {
    MessageRecorder.Recording rec = recorder.begin(caller);
    try (CrashSafeWavWriter w = CrashSafeWavWriter.create(rec.file())) {
      w.write(new short[8000 * seconds], 0, 8000 * seconds);
    }
    rec.finished(new Finished(FinishReason.STOPPED, Duration.ofSeconds(seconds), rec.file()));
    return stored(rec.file());
  }

  private MessageEntry stored(Path file) throws Exception {
    triageLane.submit(() -> {}).get(10, TimeUnit.SECONDS);
    storeLane.submit(() -> {}).get(10, TimeUnit.SECONDS);
    return store.messages().list().stream()
        .filter(m -> m.file().equals(file))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSilentMessageIsStoredAsSilentAndReportedAsProbablyARobot() throws Exception {
    MessageEntry m = silentMessage(recorder(), "+4922155599001", 4);

    assertThat(m.triageLabel()).isEqualTo("silent");
    assertThat(m.speechSeconds()).contains(0.0);
    assertThat(m.probablyRobot()).isTrue();
    assertThat(heard).containsExactly("+4922155599001 silent robot");
  }

  @Test
  void aFileTheTriageCannotReadStaysUnknownAndCountsAsSpeech() throws Exception {
    MessageRecorder.Recording rec = recorder().begin("+491701234567");
    Files.createDirectories(rec.file().getParent());
    Files.writeString(rec.file(), "not audio");
    rec.finished(new Finished(FinishReason.STOPPED, Duration.ofSeconds(2), rec.file()));

    MessageEntry m = stored(rec.file());
    assertThat(m.triageLabel()).isEqualTo("unknown");
    assertThat(m.probablyRobot()).isFalse();
    assertThat(heard).containsExactly("+491701234567 unknown");
  }

  @Test
  void theThirdSilentMessageFromOneRangeBringsTheOfferToBlockIt() throws Exception {
    MessageRecorder recorder = recorder();
    silentMessage(recorder, "+4922155599001", 2);
    silentMessage(recorder, "+4922155599002", 2);
    assertThat(heard).noneMatch(h -> h.startsWith("propose"));
    silentMessage(recorder, "+4922155599003", 2);

    assertThat(heard).last().isEqualTo("propose +49221555990*");
  }
}
