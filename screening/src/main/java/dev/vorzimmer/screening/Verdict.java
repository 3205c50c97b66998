package dev.vorzimmer.screening;

/** What happens to a call. */
public enum Verdict {
  /** Let the phone ring. */
  RING,
  /** Answer with the answering machine. */
  VOICEMAIL,
  /** Refuse the call with a SIP status (see {@link Decision#rejectStatus()}). */
  REJECT,
  /**
   * Answer and ask the caller to press a digit; a right digit rings the user, anything else ends as
   * {@link ChallengeConfig#failVerdict()} (see {@link ChallengeConfig}).
   */
  CHALLENGE
}
