package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.CallerInfo;
import dev.vorzimmer.screening.Greeting;
import dev.vorzimmer.screening.Presentation;
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
    String reason = info.presentation().reason();
    if (info.presentation() == Presentation.UNRECOGNISED && !info.raw().isBlank()) {
      reason += ": \"" + info.raw() + "\"";
    }
    Greeting greeting = Greeting.ANONYMOUS;
    return Optional.of(new Outcome(ctx.config().anonymousVerdict(), greeting, reason));
  }

  /** Reason given for a caller ID no German operator may send. */
  public static final String FORGED =
      "this kind of number cannot call you; the caller ID is forged";

  /**
   * A German premium-rate, mass-traffic or directory-service number as the caller's number is
   * forged (§ 120 TKG, see {@link ServiceNumbers}) → voicemail, unless {@code forged_ids = false}.
   */
  public static Optional<Outcome> forgedCallerId(ScreeningContext ctx) {
    if (!ctx.config().forgedIds() || !ctx.info().hasNumber()) {
      return Optional.empty();
    }
    return ServiceNumbers.of(ctx.e164())
        .map(kind -> Outcome.voicemail(kind.label() + ": " + FORGED));
  }

  /** During quiet hours every remaining caller goes to voicemail. */
  public static Optional<Outcome> quietHours(ScreeningContext ctx) {
    return ctx.quietHours().map(span -> Outcome.voicemail("quiet hours (" + span + ")"));
  }

  /**
   * Foreign caller whose language the user does not speak → voicemail, greeting in that language.
   */
  public static Optional<Outcome> foreignUnspoken(ScreeningContext ctx) {
    if (!isForeign(ctx)) {
      return Optional.empty();
    }
    String country = country(ctx.info());
    Optional<String> language = CountryLanguages.of(ctx.info().region().orElse(""));
    if (language.isEmpty()) {
      return Optional.of(Outcome.voicemail("foreign: " + country + " (language unknown)"));
    }
    if (ctx.config().languages().contains(language.get())) {
      return Optional.empty();
    }
    return Optional.of(
        new Outcome(
            Verdict.VOICEMAIL,
            Greeting.inLanguage(language.get()),
            "foreign: " + country + " (language not spoken)"));
  }

  /** Foreign caller in a language the user speaks → voicemail with the normal greeting. */
  public static Optional<Outcome> foreignSpoken(ScreeningContext ctx) {
    return isForeign(ctx)
        ? Optional.of(Outcome.voicemail("foreign: " + country(ctx.info())))
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
      ctx.note(
          "called again, but not let through as a repeat caller: caller ID verification failed");
      return Optional.empty();
    }
    return Optional.of(
        Outcome.ring("called again after " + minutes(since) + " — repeat caller let through"));
  }

  /** Unknown domestic number → configured verdict (voicemail by default). */
  public static Optional<Outcome> unknown(ScreeningContext ctx) {
    Verdict verdict = ctx.config().unknownVerdict();
    if (verdict == Verdict.RING && ctx.caller().verificationFailed()) {
      return Optional.of(Outcome.voicemail("unknown number with failed caller ID verification"));
    }
    return Optional.of(new Outcome(verdict, Greeting.DEFAULT, "unknown number"));
  }

  private static boolean isForeign(ScreeningContext ctx) {
    return ctx.info().isForeign(ctx.config().region());
  }

  private static String country(CallerInfo info) {
    return info.countryNameEn().orElse(info.region().orElse("unknown country"));
  }

  static String minutes(Duration d) {
    long seconds = d.toSeconds();
    return seconds < 60 ? seconds + " s" : d.toMinutes() + " min";
  }
}
