package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.ChallengeReasons;
import dev.vorzimmer.screening.GreetingChoice;
import java.util.Optional;

/**
 * {@code challenge = ["robot_suspect"]}: a caller from a range other numbers called from recently
 * (fewer than the quarantine needs), or one the online lookup reported below its threshold, is
 * challenged. Runs after the robot quarantine and the lookup, before quiet hours.
 */
public final class RobotSuspectRule implements Rule {
  private final RobotRangeDetector detector;

  public RobotSuspectRule(RobotRangeDetector detector) {
    this.detector = detector;
  }

  @Override
  public Optional<Outcome> apply(ScreeningContext ctx) {
    if (!ctx.config().challenge().applies("robot_suspect")
        || !ctx.info().hasNumber()
        || ctx.quietHours().isPresent()) {
      return Optional.empty();
    }
    if (ctx.lookupVotes() > 0) {
      return Optional.of(suspect(ChallengeReasons.robotSuspectLookup(ctx.lookupVotes())));
    }
    int neighbours = detector.neighbours(ctx.e164(), ctx.instant());
    if (neighbours == 0) {
      return Optional.empty();
    }
    String range =
        detector.rangeOf(ctx.e164()).map(r -> r + "x".repeat(detector.dropDigits())).orElse("");
    return Optional.of(
        suspect(ChallengeReasons.robotSuspect(range, neighbours, ctx.config().robotWindow())));
  }

  private static Outcome suspect(dev.vorzimmer.screening.Reason why) {
    return new Outcome(dev.vorzimmer.screening.Verdict.CHALLENGE, GreetingChoice.DEFAULT, why);
  }
}
