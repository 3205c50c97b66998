package dev.vorzimmer.app;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.vorzimmer.screening.Caller;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.ReasonTexts;
import dev.vorzimmer.screening.Screener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Takes a few synthetic callers through the decision path before the phone registers — the rules
 * ({@link Screener#dryRun}, which records nothing), do not disturb, the disposition and the English
 * reasons of the log — so the first real calls do not pay for loading classes, phone-number
 * metadata and SQLite statements (issue #15's start-up cliff, docs/BENCHMARKS.md). Nothing is
 * written and no online lookup is asked: with a lookup configured only the withheld caller (decided
 * before the lookup rule) is used.
 */
final class DecisionWarmUp {
  /** Enough for class loading and the first compilations; a few hundred microseconds each. */
  static final int ROUNDS = 25;

  private static final ReasonTexts ENGLISH = ReasonTexts.of(Locale.ENGLISH);

  private DecisionWarmUp() {}

  /** Runs the callers through the path {@link #ROUNDS} times; returns the decisions made. */
  static int run(Screener screener, UnaryOperator<Decision> override, Dispositions dispositions) {
    List<Caller> callers = callers(screener);
    int decisions = 0;
    for (int i = 0; i < ROUNDS; i++) {
      for (Caller caller : callers) {
        Decision d = override.apply(screener.dryRun(caller));
        dispositions.of(d, screener.config().challenge());
        ENGLISH.render(d.reasons());
        decisions++;
      }
    }
    return decisions;
  }

  /**
   * A withheld caller and, without an online lookup, example fixed-line and mobile numbers of the
   * home region and a foreign one.
   */
  static List<Caller> callers(Screener screener) {
    List<Caller> callers = new ArrayList<>();
    callers.add(new Caller("anonymous", "", "id", Optional.empty()));
    if (screener.config().lookup().enabled()) {
      return callers;
    }
    String home = screener.normaliser().homeRegion();
    String foreign = "US".equals(home) ? "GB" : "US";
    example(home, PhoneNumberType.FIXED_LINE).ifPresent(n -> callers.add(caller(n)));
    example(home, PhoneNumberType.MOBILE).ifPresent(n -> callers.add(caller(n)));
    example(foreign, PhoneNumberType.FIXED_LINE).ifPresent(n -> callers.add(caller(n)));
    return callers;
  }

  private static Caller caller(String e164) {
    return new Caller(e164, "", "", Optional.empty());
  }

  private static Optional<String> example(String region, PhoneNumberType type) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    PhoneNumber n = util.getExampleNumberForType(region, type);
    return n == null ? Optional.empty() : Optional.of(util.format(n, PhoneNumberFormat.E164));
  }
}
