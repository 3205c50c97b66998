package dev.vorzimmer.screening;

import java.util.List;
import java.util.Objects;

/**
 * The screener's answer for one call.
 *
 * @param verdict ring, voicemail or reject
 * @param reasons the path through the rules as codes (worded by {@link ReasonTexts}), the deciding
 *     rule last, e.g. {@code [caller(line=MOBILE, country=DE), contact(name=Erika Mustermann)]}
 * @param callerInfo what is known about the caller
 * @param greeting the greeting to play when {@code verdict} is {@link Verdict#VOICEMAIL} ({@link
 *     GreetingChoice#DEFAULT} otherwise)
 * @param rejectStatus SIP status to reject with when {@code verdict} is {@link Verdict#REJECT}
 *     (e.g. 603 Decline), 0 otherwise
 * @param intercept for {@link Verdict#REJECT}: answer with early media first (the special
 *     information tones and "the number you have called is not available"), then {@code
 *     rejectStatus} ({@code reject_with = "unavailable"})
 */
public record Decision(
    Verdict verdict,
    List<Reason> reasons,
    CallerInfo callerInfo,
    GreetingChoice greeting,
    int rejectStatus,
    boolean intercept) {

  /** A decision without the intercept announcement. */
  public Decision(
      Verdict verdict,
      List<Reason> reasons,
      CallerInfo callerInfo,
      GreetingChoice greeting,
      int rejectStatus) {
    this(verdict, reasons, callerInfo, greeting, rejectStatus, false);
  }

  public Decision {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(callerInfo, "callerInfo");
    Objects.requireNonNull(greeting, "greeting");
    reasons = List.copyOf(reasons);
    if ((verdict == Verdict.REJECT) != (rejectStatus != 0)) {
      throw new IllegalArgumentException(
          "rejectStatus must be set exactly for REJECT: " + rejectStatus);
    }
    if (intercept && verdict != Verdict.REJECT) {
      throw new IllegalArgumentException("intercept is only for REJECT");
    }
  }

  /** The deciding reason (the last one). */
  public Reason mainReason() {
    return reasons.isEmpty() ? Reason.legacy("") : reasons.get(reasons.size() - 1);
  }
}
