package dev.vorzimmer.screening.internal.rules;

import java.util.Optional;

/**
 * One screening rule. Rules run in a fixed order; the first that returns an outcome decides. A rule
 * that does not decide may still add informational reasons to the context.
 */
@FunctionalInterface
public interface Rule {
  /** The outcome if this rule decides the call, else empty. Must be thread-safe. */
  Optional<Outcome> apply(ScreeningContext ctx);
}
