package dev.vorzimmer.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener thread runs tasks in order and, under load, wakes once for many. */
class ListenerLaneTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final List<Integer> ran = new CopyOnWriteArrayList<>();
  private final Semaphore runs = new Semaphore(0);
  private int seen;
  private ListenerLane lane;

  @AfterEach
  void stop() {
    lane.stop(WAIT);
  }

  private ListenerLane lane(Duration pace, int capacity) {
    lane = new ListenerLane("test-listeners", capacity, pace, clock::get);
    return lane;
  }

  private Runnable record(int n) {
    return () -> {
      ran.add(n);
      runs.release();
    };
  }

  /** Waits until {@code count} recorded tasks in all have run. */
  private void awaitRan(int count) throws InterruptedException {
    assertThat(runs.tryAcquire(count - seen, WAIT.toMillis(), TimeUnit.MILLISECONDS))
        .as("%d tasks ran within %s", count, WAIT)
        .isTrue();
    seen = count;
    assertThat(ran).hasSize(count);
  }

  @Test
  void whatArrivesWhileTheThreadIsBusyIsDeliveredInOrderInOneWakeUp() throws Exception {
    lane(Duration.ZERO, 1_000);
    CountDownLatch release = occupyTheThread();

    IntStream.range(0, 100).forEach(i -> lane.submit(record(i)));
    release.countDown();

    awaitRan(100);
    assertThat(ran).containsExactlyElementsOf(IntStream.range(0, 100).boxed().toList());
    assertThat(lane.drains()).isEqualTo(2);
  }

  @Test
  void duringAFloodTheThreadWakesOncePerPace() throws Exception {
    lane(Duration.ofSeconds(2), 1_000); // the clock stands still: everything is "within the pace"
    lane.submit(record(0));
    awaitRan(1);

    IntStream.range(1, 50).forEach(i -> lane.submit(record(i)));

    awaitRan(50);
    assertThat(lane.drains()).isEqualTo(2);
  }

  @Test
  void afterAQuietSpellEachTaskRunsAtOnce() throws Exception {
    lane(Duration.ofHours(1), 1_000);
    for (int i = 0; i < 5; i++) {
      lane.submit(record(i));
      awaitRan(i + 1); // a pace of an hour: this would time out if the task waited for it
      clock.addAndGet(Duration.ofHours(1).toNanos());
    }
    assertThat(lane.drains()).isEqualTo(5);
  }

  @Test
  void stoppingDeliversWhatWaitsAndLaterTasksRunOnTheCaller() throws Exception {
    lane(Duration.ZERO, 1_000);
    CountDownLatch release = occupyTheThread();
    IntStream.range(0, 10).forEach(i -> lane.submit(record(i)));
    release.countDown();

    assertThat(lane.stop(WAIT)).isZero();
    assertThat(ran).hasSize(10);

    List<Thread> on = new CopyOnWriteArrayList<>();
    assertThat(lane.submit(() -> on.add(Thread.currentThread()))).isTrue();
    assertThat(on).containsExactly(Thread.currentThread());
  }

  @Test
  void aStopThatTimesOutDropsWhatWaitsAndLaterTasksStillRunOnTheCaller() throws Exception {
    lane(Duration.ZERO, 1_000);
    CountDownLatch release = occupyTheThread();
    IntStream.range(0, 3).forEach(i -> lane.submit(record(i)));

    assertThat(lane.stop(Duration.ofMillis(50))).isEqualTo(3);
    release.countDown();

    List<Thread> on = new CopyOnWriteArrayList<>();
    assertThat(lane.submit(() -> on.add(Thread.currentThread()))).isTrue();
    assertThat(on).containsExactly(Thread.currentThread());
    assertThat(ran).isEmpty();
  }

  @Test
  void aFullLaneRefusesAndKeepsWhatItHas() throws Exception {
    lane(Duration.ZERO, 3);
    CountDownLatch release = occupyTheThread();

    List<Boolean> taken = IntStream.range(0, 5).mapToObj(i -> lane.submit(record(i))).toList();
    release.countDown();

    assertThat(taken).containsExactly(true, true, true, false, false);
    assertThat(lane.stop(WAIT)).isZero();
    assertThat(ran).containsExactly(0, 1, 2);
  }

  /** Keeps the lane's thread busy until the returned latch is counted down. */
  private CountDownLatch occupyTheThread() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(1);
    lane.submit(
        () -> {
          busy.countDown();
          awaitQuietly(release);
        });
    assertThat(busy.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    return release;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
