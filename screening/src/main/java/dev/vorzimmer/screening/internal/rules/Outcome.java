package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.GreetingChoice;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Verdict;
import java.util.Objects;

/**
 * What a deciding rule says: verdict, greeting and the deciding reason; {@code robot} when a robot
 * rule rejected (then {@code robot_reject_with} applies instead of {@code reject_with}).
 */
public record Outcome(Verdict verdict, GreetingChoice greeting, Reason reason, boolean robot) {

  public Outcome(Verdict verdict, GreetingChoice greeting, Reason reason) {
    this(verdict, greeting, reason, false);
  }

  public Outcome {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(greeting, "greeting");
    Objects.requireNonNull(reason, "reason");
  }

  static Outcome ring(Reason reason) {
    return new Outcome(Verdict.RING, GreetingChoice.DEFAULT, reason);
  }

  static Outcome voicemail(Reason reason) {
    return new Outcome(Verdict.VOICEMAIL, GreetingChoice.DEFAULT, reason);
  }

  /** The call is challenged; the prompt speaks the language of {@code greeting}. */
  public Outcome challenged(Reason why) {
    return new Outcome(Verdict.CHALLENGE, greeting, why, robot);
  }

  static Outcome robotReject(Reason reason) {
    return new Outcome(Verdict.REJECT, GreetingChoice.DEFAULT, reason, true);
  }

  static Outcome reject(Reason reason) {
    return new Outcome(Verdict.REJECT, GreetingChoice.DEFAULT, reason);
  }
}
