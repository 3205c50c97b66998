package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.Greeting;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.Verdict;
import java.util.Objects;

/** What a deciding rule says: verdict, greeting and the deciding reason. */
public record Outcome(Verdict verdict, Greeting greeting, Reason reason) {

  public Outcome {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(greeting, "greeting");
    Objects.requireNonNull(reason, "reason");
  }

  static Outcome ring(Reason reason) {
    return new Outcome(Verdict.RING, Greeting.DEFAULT, reason);
  }

  static Outcome voicemail(Reason reason) {
    return new Outcome(Verdict.VOICEMAIL, Greeting.DEFAULT, reason);
  }

  static Outcome reject(Reason reason) {
    return new Outcome(Verdict.REJECT, Greeting.DEFAULT, reason);
  }
}
