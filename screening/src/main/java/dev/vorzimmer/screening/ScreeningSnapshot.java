package dev.vorzimmer.screening;

import dev.vorzimmer.screening.internal.rules.CallerRules;
import dev.vorzimmer.screening.internal.rules.ChallengeRule;
import dev.vorzimmer.screening.internal.rules.ListRules;
import dev.vorzimmer.screening.internal.rules.LookupRule;
import dev.vorzimmer.screening.internal.rules.RobotRangeDetector;
import dev.vorzimmer.screening.internal.rules.RobotRangeRule;
import dev.vorzimmer.screening.internal.rules.RobotSuspectRule;
import dev.vorzimmer.screening.internal.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Screener}'s settings and everything built from them — the number normaliser, the
 * robot-range detector and the rule chain in the order of precedence (see the Screener's table);
 * immutable apart from the detector's own state, replaced as a whole when the settings change.
 */
record ScreeningSnapshot(
    ScreeningConfig config,
    CallerLookup lookup,
    NumberNormaliser normaliser,
    RobotRangeDetector robots,
    List<Rule> rules) {

  /**
   * A snapshot for {@code config}; reuses {@code previous}'s normaliser and detector where the
   * settings allow (so robot-range history survives an unrelated change).
   *
   * @param previous the snapshot in use until now, or null
   * @param maxTracked how many ranges the detector remembers at most
   */
  static ScreeningSnapshot of(
      ScreeningConfig config, CallerLookup lookup, ScreeningSnapshot previous, int maxTracked) {
    NumberNormaliser normaliser =
        previous != null && previous.config.region().equals(config.region())
            ? previous.normaliser
            : new NumberNormaliser(config.region());
    RobotRangeDetector robots =
        previous != null && sameRobotSettings(previous.config, config)
            ? previous.robots
            : new RobotRangeDetector(
                config.robotMinCallers(),
                config.robotPrefixDropDigits(),
                config.robotWindow(),
                config.robotQuarantine(),
                maxTracked);
    return new ScreeningSnapshot(config, lookup, normaliser, robots, rules(config, lookup, robots));
  }

  private static boolean sameRobotSettings(ScreeningConfig a, ScreeningConfig b) {
    return a.robotMinCallers() == b.robotMinCallers()
        && a.robotPrefixDropDigits() == b.robotPrefixDropDigits()
        && a.robotWindow().equals(b.robotWindow())
        && a.robotQuarantine().equals(b.robotQuarantine());
  }

  /** The rules in the order of precedence; the first that decides wins. */
  private static List<Rule> rules(
      ScreeningConfig config, CallerLookup lookup, RobotRangeDetector robots) {
    List<Rule> chain = new ArrayList<>();
    chain.add(new ChallengeRule("anonymous", CallerRules::noNumber));
    chain.add(ListRules::exactBlock);
    chain.add(CallerRules::forgedCallerId);
    chain.add(ListRules::contact);
    chain.add(ListRules::allow);
    chain.add(ListRules::blockRange);
    chain.add(new RobotRangeRule(robots));
    if (config.lookup().enabled() && lookup != CallerLookup.NONE) {
      chain.add(new LookupRule(lookup, config.lookup()));
    }
    chain.add(new RobotSuspectRule(robots));
    chain.add(CallerRules::quietHours);
    chain.add(new ChallengeRule("foreign", CallerRules::foreignUnspoken));
    chain.add(CallerRules::repeatCaller);
    chain.add(new ChallengeRule("foreign", CallerRules::foreignSpoken));
    chain.add(new ChallengeRule("unknown", CallerRules::unknown));
    return List.copyOf(chain);
  }
}
