package dev.vorzimmer.ui.rules;

import dev.vorzimmer.screening.QuietHours;
import dev.vorzimmer.ui.common.FormException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One quiet-hours span as the Rules tab edits it (days, from, to) and its {@code quiet_hours} text:
 * {@code Mon-Fri 22:00-07:00}, {@code Sat,Sun 00:00-09:00}, {@code daily 12:00-13:00}.
 *
 * @param days the days on which the span starts (an overnight span ends the next morning)
 * @param from start time as typed, {@code HH:MM}
 * @param to end time as typed, {@code HH:MM} ({@code 24:00} for midnight at the end of the day)
 */
record QuietSpan(Set<DayOfWeek> days, String from, String to) {
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d|24:00");

  QuietSpan {
    days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    from = from.strip();
    to = to.strip();
  }

  /** The span a stored quiet-hours entry describes. */
  static QuietSpan of(QuietHours q) {
    return new QuietSpan(q.days(), time(q.start()), time(q.end()));
  }

  static String time(LocalTime t) {
    return t.equals(LocalTime.MAX)
        ? "24:00"
        : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }

  /**
   * The checked {@code quiet_hours} entry.
   *
   * @throws FormException naming what the user has to change
   */
  QuietHours toQuietHours() throws FormException {
    for (String t : List.of(from, to)) {
      if (!TIME.matcher(t).matches()) {
        throw new FormException("rules.error.time", t);
      }
    }
    if (days.isEmpty()) {
      throw new FormException("rules.error.noDays");
    }
    try {
      return QuietHours.parse(daysText() + " " + padded(from) + "-" + padded(to));
    } catch (IllegalArgumentException e) {
      throw new FormException("rules.error.sameTime");
    }
  }

  private static String padded(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  /**
   * {@code daily}, or runs of three or more days as ranges ({@code Mon-Fri}) and the rest listed.
   */
  String daysText() {
    if (days.size() == 7) {
      return "daily";
    }
    List<String> parts = new ArrayList<>();
    DayOfWeek[] week = DayOfWeek.values();
    int i = 0;
    while (i < week.length) {
      if (!days.contains(week[i])) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < week.length && days.contains(week[end + 1])) {
        end++;
      }
      if (end - i >= 2) {
        parts.add(name(week[i]) + "-" + name(week[end]));
      } else {
        for (int d = i; d <= end; d++) {
          parts.add(name(week[d]));
        }
      }
      i = end + 1;
    }
    return String.join(",", parts);
  }

  private static String name(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
