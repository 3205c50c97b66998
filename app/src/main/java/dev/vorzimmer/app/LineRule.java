package dev.vorzimmer.app;

import dev.vorzimmer.app.config.LineSettings;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Verdict;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A line with {@code screening = false}: inside its {@code ring_hours} (or always, without them) a
 * call the rules would send to the answering machine or the robot challenge rings instead, with the
 * reason {@code line.rings}. Calls the rules reject (block list) stay rejected; outside the ring
 * hours, and on screened lines, the decision is left as it is. Do not disturb still applies after
 * this rule.
 */
final class LineRule implements UnaryOperator<Decision> {
  private final LineSettings line;
  private final Clock clock;

  LineRule(LineSettings line, Clock clock) {
    this.line = line;
    this.clock = clock;
  }

  @Override
  public Decision apply(Decision d) {
    boolean screenedAway = d.verdict() == Verdict.VOICEMAIL || d.verdict() == Verdict.CHALLENGE;
    if (!screenedAway || !line.rings(ZonedDateTime.now(clock))) {
      return d;
    }
    List<Reason> reasons = new ArrayList<>(d.reasons());
    reasons.add(Reason.of("line.rings", "line", line.name()));
    return new Decision(Verdict.RING, reasons, d.callerInfo(), GreetingChoice.DEFAULT, 0);
  }
}
