package dev.vorzimmer.app.cli;

import dev.vorzimmer.app.ChallengeTiming;
import dev.vorzimmer.screening.ChallengeConfig;
import dev.vorzimmer.screening.Decision;
import dev.vorzimmer.screening.Verdict;
import java.util.Optional;

/**
 * The challenge step of {@code vorzimmer check}, as a dry run: what the caller would go through.
 */
final class ChallengeDryRun {
  private ChallengeDryRun() {}

  /** One line for a CHALLENGE decision, else empty. */
  static Optional<String> describe(Decision d, ChallengeConfig c) {
    if (d.verdict() != Verdict.CHALLENGE) {
      return Optional.empty();
    }
    String digits = ChallengeConfig.digitSet(c.digits());
    String fail = c.failVerdict() == Verdict.REJECT ? "hang up" : "voicemail";
    String remember =
        c.remember().isZero() ? "not remembered" : "remembered " + c.remember().toDays() + " days";
    return Optional.of(
        "answers, asks for one random digit of "
            + digits
            + " (waits "
            + ChallengeTiming.WAIT.toSeconds()
            + " s, "
            + ChallengeTiming.REPEATS
            + " repeat); right digit → rings (then voicemail), "
            + remember
            + "; wrong or no digit → "
            + fail
            + " (dry run: nothing is sent)");
  }
}
