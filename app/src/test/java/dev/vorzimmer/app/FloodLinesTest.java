package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FloodLinesTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicLong now = new AtomicLong(5 * SECOND);

  @AfterEach
  void stopTimer() {
    timer.shutdownNow();
  }

  @Test
  void aFloodWritesTheFirstLinesOfASecondAndTheNumberOfTheRestWhenTheSecondIsOver()
      throws Exception {
    CompletableFuture<Integer> summary = new CompletableFuture<>();
    FloodLines lines = new FloodLines(10, now::get, timer, summary::complete);

    List<Boolean> admitted = admit(lines, 25);

    assertThat(admitted.subList(0, 10)).containsOnly(true);
    assertThat(admitted.subList(10, 25)).containsOnly(false);
    assertThat(summary.get(5, TimeUnit.SECONDS)).isEqualTo(15);
  }

  @Test
  void aFewCallsASecondAreAllWrittenAndNothingIsSummarised() {
    List<Integer> summaries = new ArrayList<>();
    FloodLines lines = new FloodLines(3, now::get, timer, summaries::add);
    for (int second = 0; second < 5; second++) {
      assertThat(admit(lines, 3)).containsOnly(true);
      now.addAndGet(SECOND);
    }
    assertThat(summaries).isEmpty();
  }

  @Test
  void aLineInTheNextSecondHandsOverTheCountAtOnceAndItIsToldOnlyOnce() throws Exception {
    List<Integer> summaries = new CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(1);
    timer.execute(() -> awaitQuietly(release)); // the timer cannot tell the count before the test
    FloodLines lines = new FloodLines(2, now::get, timer, summaries::add);
    admit(lines, 5);
    now.addAndGet(SECOND);

    assertThat(lines.admit()).isTrue();
    assertThat(summaries).containsExactly(3);
    release.countDown();
    // the timer that was set for the first second finds nothing left to tell
    timer.schedule(() -> {}, 1100, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
    assertThat(summaries).containsExactly(3);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<Boolean> admit(FloodLines lines, int count) {
    return IntStream.range(0, count).mapToObj(i -> lines.admit()).toList();
  }
}
