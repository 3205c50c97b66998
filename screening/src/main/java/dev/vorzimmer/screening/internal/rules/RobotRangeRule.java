package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.QuarantinedRange;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Rejects callers from a quarantined robot range (contacts and allow entries were checked before).
 */
public final class RobotRangeRule implements Rule {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

  private final RobotRangeDetector detector;

  public RobotRangeRule(RobotRangeDetector detector) {
    this.detector = detector;
  }

  @Override
  public Optional<Outcome> apply(ScreeningContext ctx) {
    return detector
        .quarantineOf(ctx.e164(), ctx.instant())
        .map(q -> Outcome.robotReject(reason(ctx, q)));
  }

  private String reason(ScreeningContext ctx, QuarantinedRange q) {
    String range = q.display(detector.dropDigits());
    var until = q.until().atZone(ctx.now().getZone());
    String when =
        until.toLocalDate().equals(ctx.now().toLocalDate())
            ? TIME.format(until)
            : DAY_TIME.format(until);
    String stats =
        ordinal(q.callers())
            + " distinct caller from "
            + range
            + " in "
            + CallerRules.minutes(q.span());
    if (ctx.robotTriggered()) {
      return stats + " — robot range quarantined until " + when;
    }
    return "robot range "
        + range
        + " quarantined until "
        + when
        + " ("
        + q.callers()
        + " distinct callers in "
        + CallerRules.minutes(q.span())
        + ")";
  }

  static String ordinal(int n) {
    int mod100 = n % 100;
    if (mod100 >= 11 && mod100 <= 13) {
      return n + "th";
    }
    switch (n % 10) {
      case 1:
        return n + "st";
      case 2:
        return n + "nd";
      case 3:
        return n + "rd";
      default:
        return n + "th";
    }
  }
}
