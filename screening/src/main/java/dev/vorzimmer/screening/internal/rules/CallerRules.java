package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.Presentation;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Rules driven by the call itself: presentation, time of day, country, repetition. */
public final class CallerRules {
  private CallerRules() {}

  /** No usable number → voicemail with the anonymous greeting (or reject if configured). */
  public static Optional<Outcome> noNumber(ScreeningContext ctx) {
    CallerInfo info = ctx.info();
    if (info.hasNumber()) {
      return Optional.empty();
    }
    String raw =
        info.presentation() == Presentation.UNRECOGNISED && !info.raw().isBlank() ? info.raw() : "";
    Reason reason = Reason.of("no-number", "presentation", info.presentation().name(), "raw", raw);
    GreetingChoice greeting = GreetingChoice.ANONYMOUS;
    return Optional.of(new Outcome(ctx.config().anonymousVerdict(), greeting, reason));
  }

  /**
   * A German premium-rate, mass-traffic or directory-service number as the caller's number is
   * forged (§ 120 TKG, see {@link ServiceNumbers}) → voicemail, unless {@code forged_ids = false}.
   */
  public static Optional<Outcome> forgedCallerId(ScreeningContext ctx) {
    if (!ctx.config().forgedIds() || !ctx.info().hasNumber()) {
      return Optional.empty();
    }
    return ServiceNumbers.of(ctx.e164())
        .map(kind -> Outcome.voicemail(Reason.of("forged", "service", kind.name())));
  }

  /** During quiet hours every remaining caller goes to voicemail. */
  public static Optional<Outcome> quietHours(ScreeningContext ctx) {
    return ctx.quietHours().map(span -> Outcome.voicemail(Reason.of("quiet", "span", span)));
  }

  /**
   * Foreign caller whose language the user does not speak → voicemail, greeting in that language.
   */
  public static Optional<Outcome> foreignUnspoken(ScreeningContext ctx) {
    if (!isForeign(ctx)) {
      return Optional.empty();
    }
    String country = ctx.info().region().orElse("");
    Optional<String> language = CountryLanguages.of(ctx.info().region().orElse(""));
    if (language.isEmpty()) {
      return Optional.of(
          Outcome.voicemail(Reason.of("foreign.language-unknown", "country", country)));
    }
    if (ctx.config().languages().contains(language.get())) {
      return Optional.empty();
    }
    return Optional.of(
        new Outcome(
            Verdict.VOICEMAIL,
            GreetingChoice.inLanguage(language.get()),
            Reason.of(
                "foreign.language-not-spoken", "country", country, "language", language.get())));
  }

  /** Foreign caller in a language the user speaks → voicemail with the normal greeting. */
  public static Optional<Outcome> foreignSpoken(ScreeningContext ctx) {
    return isForeign(ctx)
        ? Optional.of(
            Outcome.voicemail(Reason.of("foreign", "country", ctx.info().region().orElse(""))))
        : Optional.empty();
  }

  /**
   * The same unknown number calling again within the repeat window rings — unless STIR/SHAKEN
   * verification failed (a spoofed number must not break through by redialling).
   */
  public static Optional<Outcome> repeatCaller(ScreeningContext ctx) {
    Duration window = ctx.config().repeatWindow();
    Optional<Instant> previous = ctx.previousCall();
    if (window.isZero() || previous.isEmpty()) {
      return Optional.empty();
    }
    Duration since = Duration.between(previous.get(), ctx.instant());
    if (since.compareTo(window) > 0) {
      return Optional.empty();
    }
    if (ctx.caller().verificationFailed()) {
      ctx.note(Reason.of("repeat.unverified"));
      return Optional.empty();
    }
    return Optional.of(Outcome.ring(Reason.of("repeat", "seconds", since.toSeconds())));
  }

  /** Unknown domestic number → configured verdict (voicemail by default). */
  public static Optional<Outcome> unknown(ScreeningContext ctx) {
    Verdict verdict = ctx.config().unknownVerdict();
    if (verdict == Verdict.RING && ctx.caller().verificationFailed()) {
      return Optional.of(Outcome.voicemail(Reason.of("unknown.unverified")));
    }
    return Optional.of(new Outcome(verdict, GreetingChoice.DEFAULT, Reason.of("unknown")));
  }

  private static boolean isForeign(ScreeningContext ctx) {
    return ctx.info().isForeign(ctx.config().region());
  }
}
