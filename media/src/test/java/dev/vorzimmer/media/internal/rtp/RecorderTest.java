package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {

  @TempDir Path dir;

  @Test
  void aStalledIoThreadMakesTheRecorderDropAndCountAudioInsteadOfQueueingWithoutBound()
      throws Exception {
    ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    CountDownLatch stall = new CountDownLatch(1);
    try {
      Path target = dir.resolve("m.wav");
      Recorder recorder = new Recorder(target, io, e -> {});
      recorder.open();
      io.execute(
          () -> {
            try {
              stall.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      short[] frame = new short[160];
      java.util.Arrays.fill(frame, (short) 1000);
      for (int i = 0; i < 10 * Recorder.MAX_PENDING_WRITES; i++) {
        recorder.write(frame, 0, frame.length);
      }
      assertThat(recorder.droppedWrites()).isEqualTo(9L * Recorder.MAX_PENDING_WRITES);
      stall.countDown();
      CompletableFuture<Path> done = new CompletableFuture<>();
      recorder.finish(done::complete);
      Path file = done.get(10, TimeUnit.SECONDS);
      long samples = (Files.size(file) - WavHeader.LENGTH) / 2;
      assertThat(samples).isEqualTo((long) Recorder.MAX_PENDING_WRITES * 160);
    } finally {
      stall.countDown();
      io.shutdownNow();
    }
  }
}
