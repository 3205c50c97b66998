package dev.vorzimmer.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock tests move by hand. */
public final class MutableClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  public MutableClock(ZonedDateTime start) {
    this.now = start.toInstant();
    this.zone = start.getZone();
  }

  /** Wednesday 2026-11-25 14:30 in Berlin. */
  public static MutableClock wednesdayAfternoon() {
    return new MutableClock(
        ZonedDateTime.of(2026, 11, 25, 14, 30, 0, 0, ZoneId.of("Europe/Berlin")));
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  public void set(ZonedDateTime time) {
    now = time.toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    throw new UnsupportedOperationException("fixed zone in tests");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
