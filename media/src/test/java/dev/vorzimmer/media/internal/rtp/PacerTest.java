package dev.vorzimmer.media.internal.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drives the pacer with a fake clock: parking jumps the clock to the deadline (plus injected
 * lateness).
 */
class PacerTest {

  private static final long MS = 1_000_000L;
  private static final long PERIOD = 20 * MS;

  private long now;
  private final Map<Long, Long> lateness = new HashMap<>();
  private final Pacer pacer =
      new Pacer(
          () -> now,
          (deadline, clock) -> {
            now = Math.max(now, deadline) + lateness.getOrDefault(deadline, 0L);
          });
  private final List<long[]> ticks = new ArrayList<>();

  private void record(long index) {
    ticks.add(new long[] {index, now / MS});
  }

  private void runUntilTicks(int count) {
    for (int i = 0; i < 1000 && ticks.size() < count; i++) {
      pacer.runOnce();
    }
  }

  private List<Long> tickTimesMs() {
    return ticks.stream().map(t -> t[1]).toList();
  }

  @Test
  void ticksFollowAnAbsoluteScheduleFromTheStart() {
    pacer.schedule(this::record, PERIOD, "t");
    runUntilTicks(6);
    assertThat(tickTimesMs()).containsExactly(0L, 20L, 40L, 60L, 80L, 100L);
    assertThat(ticks.stream().map(t -> t[0]).toList()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void aSlightlyLateWakeUpDoesNotShiftTheSchedule() {
    lateness.put(40 * MS, 7 * MS);
    pacer.schedule(this::record, PERIOD, "t");
    runUntilTicks(5);
    assertThat(tickTimesMs()).containsExactly(0L, 20L, 47L, 60L, 80L);
  }

  @Test
  void aLateWakeUpCatchesUpExactlyTheMissedTicksThenKeepsTheOriginalSchedule() {
    lateness.put(100 * MS, 50 * MS);
    pacer.schedule(this::record, PERIOD, "t");
    runUntilTicks(10);
    // ticks due at 100, 120, 140 all run at 150 (one due + two missed), never more
    assertThat(tickTimesMs()).containsExactly(0L, 20L, 40L, 60L, 80L, 150L, 150L, 150L, 160L, 180L);
  }

  @Test
  void aVeryLateWakeUpReanchorsInsteadOfBursting() {
    lateness.put(40 * MS, 500 * MS);
    pacer.schedule(this::record, PERIOD, "t");
    runUntilTicks(5);
    assertThat(tickTimesMs()).containsExactly(0L, 20L, 540L, 560L, 580L);
    assertThat(ticks.stream().map(t -> t[0]).toList()).containsExactly(0L, 1L, 2L, 3L, 4L);
  }

  @Test
  void tasksHaveIndependentSchedulesAndAFailingTaskIsCancelledAlone() {
    List<Long> other = new ArrayList<>();
    pacer.schedule(
        i -> {
          throw new IllegalStateException("boom");
        },
        PERIOD,
        "failing");
    now = 5 * MS;
    pacer.schedule(i -> other.add(now / MS), 30 * MS, "other");
    for (int i = 0; i < 6; i++) {
      pacer.runOnce();
    }
    assertThat(other).startsWith(5L, 35L, 65L, 95L);
  }

  @Test
  void aFailingTaskIsNeverCancelledSilentlyItsOwnerHearsOfItOnce() {
    List<RuntimeException> failures = new ArrayList<>();
    pacer.schedule(
        i -> {
          if (i == 2) {
            throw new java.nio.channels.UnresolvedAddressException();
          }
          record(i);
        },
        PERIOD,
        "failing",
        failures::add);
    for (int i = 0; i < 10; i++) {
      pacer.runOnce();
    }
    assertThat(ticks).hasSize(2);
    assertThat(failures)
        .singleElement()
        .isInstanceOf(java.nio.channels.UnresolvedAddressException.class);
  }

  @Test
  void cancelledTasksStopTicking() {
    Pacer.Registration reg = pacer.schedule(this::record, PERIOD, "t");
    runUntilTicks(3);
    reg.cancel();
    for (int i = 0; i < 5; i++) {
      pacer.runOnce();
    }
    assertThat(ticks).hasSize(3);
  }
}
