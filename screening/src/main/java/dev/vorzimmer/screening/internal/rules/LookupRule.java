package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.CallerLookup;
import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.LookupConfig;
import dev.vorzimmer.screening.LookupResult;
import dev.vorzimmer.screening.Reason;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the online lookup, waiting at most the budget. Enough spam votes decide (reject or
 * voicemail, as configured); otherwise the answer only enriches the caller info. A late, failed or
 * missing answer never blocks the call: the decision proceeds and the reasons say why.
 */
public final class LookupRule implements Rule {
  private static final Logger LOG = LoggerFactory.getLogger(LookupRule.class);
  private static final String LEGITIMATE = "A_LEGITIMATE";

  private final CallerLookup lookup;
  private final LookupConfig config;

  public LookupRule(CallerLookup lookup, LookupConfig config) {
    this.lookup = lookup;
    this.config = config;
  }

  @Override
  public Optional<Outcome> apply(ScreeningContext ctx) {
    Optional<LookupResult> answer = ask(ctx);
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    LookupResult result = answer.get();
    ctx.info(ctx.info().withLookup(result));
    String service = lookup.name();
    if (!result.found() || result.votes() == 0) {
      ctx.note(Reason.of("lookup.clean", "lookup", service));
      return Optional.empty();
    }
    String rating = result.rating().orElse("none");
    if (result.votes() < config.threshold() || LEGITIMATE.equals(rating)) {
      ctx.note(
          Reason.of(
              "lookup.below-threshold",
              "lookup",
              service,
              "votes",
              result.votes(),
              "rating",
              rating,
              "threshold",
              config.threshold()));
      if (!LEGITIMATE.equals(rating)) {
        ctx.lookupVotes(result.votes());
      }
      return Optional.empty();
    }
    Reason votes =
        Reason.of("lookup.votes", "lookup", service, "votes", result.votes(), "rating", rating);
    return Optional.of(new Outcome(config.action(), GreetingChoice.DEFAULT, votes));
  }

  private Optional<LookupResult> ask(ScreeningContext ctx) {
    long budgetMs = config.budget().toMillis();
    try {
      return Optional.of(lookup.lookup(ctx.e164()).get(budgetMs, TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      ctx.note(Reason.of("lookup.timeout", "lookup", lookup.name(), "ms", budgetMs));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof CallerLookup.LookupException) {
        LOG.warn("{} lookup failed: {}", lookup.name(), cause.getMessage());
      } else {
        LOG.warn("{} lookup failed", lookup.name(), cause);
      }
      ctx.note(describe(cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ctx.note(Reason.of("lookup.interrupted"));
    }
    return Optional.empty();
  }

  private Reason describe(Throwable cause) {
    if (cause instanceof CallerLookup.LookupException) {
      return Reason.of("lookup.error", "detail", cause.getMessage());
    }
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return Reason.of("lookup.failed", "lookup", lookup.name(), "detail", detail);
  }
}
