package dev.vorzimmer.app.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One span of a line's {@code ring_hours}: {@code "Mon-Fri 08:00-18:00"}, {@code "Sat,Sun
 * 10:00-12:00"} or {@code "08:00-18:00"} (every day). The span starts at {@code from} (inclusive)
 * and ends before {@code to}, on the local clock; a span over midnight is written as two.
 *
 * @param days the days it applies to
 * @param from first minute of the span
 * @param to end of the span (exclusive); {@code 24:00} is written as {@code 23:59:59…}
 */
public record RingHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  public RingHours {
    days = Set.copyOf(days);
  }

  /** The example shown with every syntax error. */
  static final String EXAMPLE = "\"Mon-Fri 08:00-18:00\"";

  /** True when {@code time} (on the clock's local zone) is inside this span. */
  public boolean covers(ZonedDateTime time) {
    LocalTime t = time.toLocalTime();
    return days.contains(time.getDayOfWeek()) && !t.isBefore(from) && t.isBefore(to);
  }

  /** Parses one span, or empty when it is not in the form of {@link #EXAMPLE}. */
  static Optional<RingHours> parse(String text) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length < 1 || parts.length > 2 || parts[0].isEmpty()) {
      return Optional.empty();
    }
    Optional<Set<DayOfWeek>> days =
        parts.length == 2 ? days(parts[0]) : Optional.of(EnumSet.allOf(DayOfWeek.class));
    String[] times = parts[parts.length - 1].split("-");
    if (days.isEmpty() || times.length != 2) {
      return Optional.empty();
    }
    Optional<LocalTime> from = time(times[0]);
    Optional<LocalTime> to = time(times[1]);
    if (from.isEmpty() || to.isEmpty() || !from.get().isBefore(to.get())) {
      return Optional.empty();
    }
    return Optional.of(new RingHours(days.get(), from.get(), to.get()));
  }

  private static Optional<Set<DayOfWeek>> days(String text) {
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    for (String item : text.split(",")) {
      String[] range = item.split("-");
      if (range.length > 2) {
        return Optional.empty();
      }
      int first = DAYS.indexOf(range[0].toLowerCase(Locale.ROOT));
      int last = DAYS.indexOf(range[range.length - 1].toLowerCase(Locale.ROOT));
      if (first < 0 || last < 0 || last < first) {
        return Optional.empty();
      }
      for (int d = first; d <= last; d++) {
        out.add(DayOfWeek.of(d + 1));
      }
    }
    return Optional.of(out);
  }

  private static Optional<LocalTime> time(String text) {
    if (text.equals("24:00")) {
      return Optional.of(LocalTime.MAX);
    }
    if (!text.matches("\\d{2}:\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
