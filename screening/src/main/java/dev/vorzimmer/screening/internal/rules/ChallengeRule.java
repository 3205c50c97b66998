package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.ChallengeReasons;
import dev.vorzimmer.screening.Verdict;
import java.util.Optional;

/**
 * Wraps a rule whose callers may be challenged: when it sends the call to voicemail and {@code
 * challenge} lists its condition, the caller is asked to press a digit instead.
 */
public final class ChallengeRule implements Rule {
  private final String condition;
  private final Rule inner;

  /**
   * @param condition {@code unknown}, {@code anonymous} or {@code foreign}
   */
  public ChallengeRule(String condition, Rule inner) {
    this.condition = condition;
    this.inner = inner;
  }

  @Override
  public Optional<Outcome> apply(ScreeningContext ctx) {
    return inner
        .apply(ctx)
        .map(
            o -> {
              if (o.verdict() != Verdict.VOICEMAIL
                  || !ctx.config().challenge().applies(condition)
                  || ctx.quietHours().isPresent()) {
                return o;
              }
              ctx.note(o.reason()); // what it would have been, before the challenge
              return o.challenged(ChallengeReasons.challenged());
            });
  }
}
