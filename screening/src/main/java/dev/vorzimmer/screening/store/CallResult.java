package dev.vorzimmer.screening.store;

/**
 * What became of an incoming call, as a person reads it in a call list: derived from the stored
 * verdict, outcome and whether a real message was left (so rows written before this existed read
 * the same way).
 */
public enum CallResult {
  /** Still being decided or ringing. */
  RINGING,
  /** The user talked to the caller. */
  ANSWERED,
  /** It rang and nobody answered (the caller gave up, or the ring time ran out with no message). */
  MISSED,
  /** The caller left a message. */
  MESSAGE,
  /** The answering machine took the call, and the caller hung up before the beep. */
  GREETING_HANGUP,
  /** The caller hung up while the call was still being screened, before anything rang. */
  CANCELLED,
  /** Rejected by a rule or by the user, or refused as a ghost call. */
  TURNED_AWAY;

  /**
   * @param verdict the stored screening verdict ({@code RING}, {@code VOICEMAIL}, {@code REJECT})
   * @param outcome one of {@link CallLog#OUTCOMES}
   * @param message whether a message with audio was left (not one that ended during the greeting)
   */
  public static CallResult of(String verdict, String outcome, boolean message) {
    if (message) {
      return MESSAGE;
    }
    return switch (outcome) {
      case "ringing" -> RINGING;
      case "answered" -> ANSWERED;
      case "rejected", "ghost" -> TURNED_AWAY;
      case "cancelled" -> CANCELLED;
      case "voicemail" -> "RING".equals(verdict) ? MISSED : GREETING_HANGUP;
      default -> MISSED; // "missed", "unanswered"
    };
  }

  /**
   * Whether {@code m} counts as a message: the caller stayed past the beep. A call that ended in
   * the greeting left none (rows from before this rule are marked failed with nothing recorded).
   */
  public static boolean isMessage(MessageEntry m) {
    return !MessageIndex.FAILED.equals(m.state());
  }

  /** A missed call or a message: something the user may want to act on. */
  public boolean needsAttention() {
    return this == MISSED || this == MESSAGE;
  }
}
