package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.QuarantinedRange;
import dev.vorzimmer.screening.Reason;
import java.util.Optional;

/**
 * Rejects callers from a quarantined robot range (contacts and allow entries were checked before).
 */
public final class RobotRangeRule implements Rule {

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

  private Reason reason(ScreeningContext ctx, QuarantinedRange q) {
    String range = q.display(detector.dropDigits());
    long until = q.until().toEpochMilli();
    long seconds = q.span().toSeconds();
    if (ctx.robotTriggered()) {
      return Reason.of(
          "robot.triggered",
          "ordinal",
          q.callers(),
          "range",
          range,
          "seconds",
          seconds,
          "clock",
          until);
    }
    return Reason.of(
        "robot.quarantined",
        "range",
        range,
        "clock",
        until,
        "count",
        q.callers(),
        "seconds",
        seconds);
  }
}
