package dev.vorzimmer.screening;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One weekly quiet-hours span such as {@code "Mon-Fri 22:00-07:00"}. A span whose end is not after
 * its start runs overnight: it starts on each listed day and ends the next morning.
 *
 * @param days days on which the span starts
 * @param start start time (inclusive)
 * @param end end time (exclusive); {@code 24:00} is written as {@link LocalTime#MAX}
 * @param text the original text, for reasons
 */
public record QuietHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, String text) {

  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "mon",
          DayOfWeek.MONDAY,
          "tue",
          DayOfWeek.TUESDAY,
          "wed",
          DayOfWeek.WEDNESDAY,
          "thu",
          DayOfWeek.THURSDAY,
          "fri",
          DayOfWeek.FRIDAY,
          "sat",
          DayOfWeek.SATURDAY,
          "sun",
          DayOfWeek.SUNDAY);

  public QuietHours {
    days = Set.copyOf(days);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Parses {@code "<days> HH:MM-HH:MM"} where days is {@code daily}, a day ({@code Sat}), a range
   * ({@code Mon-Fri}, {@code Fri-Mon}) or a comma list ({@code Sat,Sun}).
   *
   * @throws IllegalArgumentException with the offending text when it cannot be parsed
   */
  public static QuietHours parse(String text) {
    String trimmed = Objects.requireNonNull(text, "text").trim();
    int space = trimmed.indexOf(' ');
    int dash = space < 0 ? -1 : trimmed.indexOf('-', space);
    if (space < 0 || dash < 0) {
      throw invalid(text, "expected e.g. \"Mon-Fri 22:00-07:00\"");
    }
    Set<DayOfWeek> days = parseDays(trimmed.substring(0, space), text);
    LocalTime start = parseTime(trimmed.substring(space + 1, dash).trim(), text);
    LocalTime end = parseTime(trimmed.substring(dash + 1).trim(), text);
    if (start.equals(end)) {
      throw invalid(text, "start and end are equal");
    }
    return new QuietHours(days, start, end, trimmed);
  }

  /** True when {@code time} (in the user's zone) falls into this span. */
  public boolean contains(ZonedDateTime time) {
    LocalTime t = time.toLocalTime();
    DayOfWeek day = time.getDayOfWeek();
    if (start.isBefore(end)) {
      return days.contains(day)
          && !t.isBefore(start)
          && (t.isBefore(end) || end.equals(LocalTime.MAX));
    }
    return (days.contains(day) && !t.isBefore(start))
        || (days.contains(day.minus(1)) && t.isBefore(end));
  }

  private static Set<DayOfWeek> parseDays(String spec, String text) {
    String lower = spec.toLowerCase(Locale.ROOT);
    if (lower.equals("daily")) {
      return EnumSet.allOf(DayOfWeek.class);
    }
    Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
    for (String part : lower.split(",")) {
      int dash = part.indexOf('-');
      if (dash < 0) {
        result.add(day(part, text));
        continue;
      }
      DayOfWeek from = day(part.substring(0, dash), text);
      DayOfWeek to = day(part.substring(dash + 1), text);
      for (DayOfWeek d = from; ; d = d.plus(1)) {
        result.add(d);
        if (d == to) {
          break;
        }
      }
    }
    return result;
  }

  private static DayOfWeek day(String name, String text) {
    DayOfWeek day = DAYS.get(name.trim());
    if (day == null) {
      throw invalid(text, "unknown day '" + name + "' (use Mon Tue Wed Thu Fri Sat Sun or daily)");
    }
    return day;
  }

  private static LocalTime parseTime(String value, String text) {
    if (value.equals("24:00")) {
      return LocalTime.MAX;
    }
    try {
      return LocalTime.parse(value.length() == 4 ? "0" + value : value);
    } catch (DateTimeParseException e) {
      throw invalid(text, "bad time '" + value + "' (use HH:MM)");
    }
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("invalid quiet_hours entry \"" + text + "\": " + why);
  }
}
