package dev.vorzimmer.screening.internal.rules;

import dev.vorzimmer.screening.Greeting;
import dev.vorzimmer.screening.Verdict;
import java.util.Objects;

/** What a deciding rule says: verdict, greeting and the deciding reason. */
public record Outcome(Verdict verdict, Greeting greeting, String reason) {

  public Outcome {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(greeting, "greeting");
    Objects.requireNonNull(reason, "reason");
  }

  static Outcome ring(String reason) {
    return new Outcome(Verdict.RING, Greeting.DEFAULT, reason);
  }

  static Outcome voicemail(String reason) {
    return new Outcome(Verdict.VOICEMAIL, Greeting.DEFAULT, reason);
  }

  static Outcome reject(String reason) {
    return new Outcome(Verdict.REJECT, Greeting.DEFAULT, reason);
  }
}
