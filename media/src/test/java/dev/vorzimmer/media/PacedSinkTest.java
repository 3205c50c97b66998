package dev.vorzimmer.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A producer that writes as fast as it can is held to the speaker's pace and can be cut short. */
class PacedSinkTest {

  @Test
  void aFastProducerIsHeldBackAndCloseCutsItShort() throws Exception {
    CollectingAudioSink speaker = new CollectingAudioSink();
    PacedSink paced = new PacedSink(speaker, Duration.ofMillis(100));
    short[] tenSeconds = WavFiles.signal(80_000, 5);
    CompletableFuture<Void> producer =
        CompletableFuture.runAsync(
            () -> {
              try {
                for (int at = 0; at < tenSeconds.length; at += 160) {
                  paced.write(tenSeconds, at, 160);
                }
                paced.drain();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    short[] heard = speaker.await(1600, Duration.ofSeconds(5));
    assertThat(heard.length).as("ten seconds were not handed over at once").isLessThan(80_000);
    assertThat(producer).as("the producer waits for the speaker").isNotDone();
    paced.close();
    producer.get(5, TimeUnit.SECONDS);
    short[] all = speaker.samples();
    assertThat(all.length).as("stopped early").isLessThan(80_000);
    assertThat(tenSeconds).startsWith(all);
    speaker.write(new short[160], 0, 160);
    assertThat(speaker.size()).as("the speaker was closed with it").isEqualTo(all.length);
  }

  @Test
  void drainWaitsForTheClockAndReturnsWhenEverythingPlayed() throws Exception {
    CollectingAudioSink speaker = new CollectingAudioSink();
    try (PacedSink paced = new PacedSink(speaker, Duration.ofMillis(100))) {
      short[] quarter = WavFiles.signal(2000, 9);
      for (int at = 0; at < quarter.length; at += 160) {
        paced.write(quarter, at, Math.min(160, quarter.length - at));
      }
      paced.drain();
      assertThat(speaker.samples()).containsExactly(quarter);
    }
  }
}
