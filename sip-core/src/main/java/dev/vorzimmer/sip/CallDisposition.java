package dev.vorzimmer.sip;

/** What to do with an incoming call, as decided by the {@link IncomingCallPolicy}. */
public sealed interface CallDisposition {
  /** A short human-readable reason (shown and logged). */
  String reason();

  /** Ring the user (180 Ringing). */
  record Ring(String reason) implements CallDisposition {}

  /**
   * Answer with the answering machine.
   *
   * @param greeting which greeting to play (an id the media side understands: "default",
   *     "anonymous", "en", …)
   */
  record Voicemail(String greeting, String reason) implements CallDisposition {}

  /**
   * Turn the call away with a final response; nothing rings.
   *
   * @param status SIP status code, 400–699 (default 603 Decline)
   */
  record Reject(int status, String reason) implements CallDisposition {
    public Reject {
      if (status < 400 || status > 699) {
        throw new IllegalArgumentException("reject status must be 4xx–6xx: " + status);
      }
    }
  }
}
