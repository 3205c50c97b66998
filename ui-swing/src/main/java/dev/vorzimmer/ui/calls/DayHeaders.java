package dev.vorzimmer.ui.calls;

import dev.vorzimmer.ui.common.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Puts a date header above each day's calls: Today, Yesterday, the weekday, then the date. */
final class DayHeaders {
  private DayHeaders() {}

  /** {@code rows} (newest first) with a header before the first call of each day. */
  static List<CallItem> group(List<CallRow> rows, LocalDate today, ZoneId zone, Texts t) {
    List<CallItem> out = new ArrayList<>(rows.size() + 8);
    LocalDate current = null;
    for (CallRow r : rows) {
      LocalDate day = r.time().atZone(zone).toLocalDate();
      if (!day.equals(current)) {
        out.add(new CallItem.Header(header(day, today, t)));
        current = day;
      }
      out.add(new CallItem.Call(r));
    }
    return out;
  }

  /** "Today", "Yesterday", a weekday within the last week, else the date ("Heute", "Gestern"). */
  static String header(LocalDate day, LocalDate today, Texts t) {
    if (day.equals(today)) {
      return t.get("calls.today");
    }
    if (day.equals(today.minusDays(1))) {
      return t.get("calls.yesterday");
    }
    if (day.isAfter(today.minusDays(7)) && !day.isAfter(today)) {
      return day.getDayOfWeek().getDisplayName(TextStyle.FULL, t.locale())
          + ", "
          + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
              .withLocale(t.locale())
              .format(day);
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(t.locale()).format(day);
  }
}
