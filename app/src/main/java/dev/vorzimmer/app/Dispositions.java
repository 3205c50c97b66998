package dev.vorzimmer.app;

import dev.vorzimmer.screening.ChallengeConfig;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.Verdict;
import dev.vorzimmer.sip.CallDisposition;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** Turns a screening {@link Decision} into what sip-core does with the call. */
final class Dispositions {
  /** Regions whose callers hear German announcements; everyone else English. */
  private static final Set<String> GERMAN = Set.of("DE", "AT", "CH", "LI", "LU");

  /** sip-core's events and logs are English. */
  private static final ReasonTexts ENGLISH = ReasonTexts.of(Locale.ENGLISH);

  private final RandomGenerator random;
  private final Function<Character, Duration> challengeTimeout;

  /**
   * How long an intercept plays: measured once from the bundled announcements (decoding them per
   * call was a third of a cold decision's time, docs/BENCHMARKS.md "Start-up cliff").
   */
  private final Duration interceptLength = ChallengeTiming.interceptLength();

  /** With the bundled challenge prompts' timing. */
  Dispositions() {
    this(ChallengeTiming::timeout);
  }

  /**
   * @param challengeTimeout from the start of the challenge with this digit until it fails (it
   *     depends on the prompt's length: the user may have recorded their own)
   */
  Dispositions(Function<Character, Duration> challengeTimeout) {
    this(new SecureRandom(), challengeTimeout);
  }

  /** For tests: a known sequence of digits. */
  Dispositions(RandomGenerator random) {
    this(random, ChallengeTiming::timeout);
  }

  private Dispositions(RandomGenerator random, Function<Character, Duration> challengeTimeout) {
    this.random = random;
    this.challengeTimeout = challengeTimeout;
  }

  CallDisposition of(Decision d, ChallengeConfig challenge) {
    return switch (d.verdict()) {
      case RING -> new CallDisposition.Ring(why(d));
      case VOICEMAIL -> new CallDisposition.Voicemail(greetingId(d.greeting()), why(d));
      case REJECT ->
          d.intercept()
              ? new CallDisposition.Intercept(
                  d.rejectStatus(), callerLanguage(d), interceptLength, why(d))
              : new CallDisposition.Reject(d.rejectStatus(), why(d));
      case CHALLENGE -> challenge(d, challenge);
    };
  }

  private CallDisposition challenge(Decision d, ChallengeConfig c) {
    String digits = ChallengeConfig.digitSet(c.digits());
    char digit = digits.charAt(random.nextInt(digits.length()));
    String language =
        d.greeting().language().isPresent() ? greetingId(d.greeting()) : callerLanguage(d);
    return new CallDisposition.Challenge(
        digit,
        ChallengeTiming.promptId(language, digit),
        greetingId(d.greeting()),
        challengeTimeout.apply(digit),
        c.failVerdict() == Verdict.REJECT,
        why(d));
  }

  private static String why(Decision d) {
    return ENGLISH.render(d.mainReason());
  }

  /** "de" or "en" from the caller's country; "default" (the user's language) without a number. */
  private static String callerLanguage(Decision d) {
    return d.callerInfo()
        .region()
        .map(r -> GERMAN.contains(r.toUpperCase(Locale.ROOT)) ? "de" : "en")
        .orElse("default");
  }

  /** The greeting id media understands: "default", "anonymous" or a language code. */
  static String greetingId(GreetingChoice g) {
    return g.language().orElse(g.kind().name().toLowerCase(Locale.ROOT));
  }
}
