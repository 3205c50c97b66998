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

  /**
   * Never confirm a live line: answer with early media (183 Session Progress with SDP) playing the
   * intercept (special information tones and "the number you have called is not available"), then
   * the final {@code status}.
   *
   * @param greeting the announcement's language id for the media side ("de", "en", "default")
   * @param length how long the announcement plays before the final response
   */
  record Intercept(int status, String greeting, java.time.Duration length, String reason)
      implements CallDisposition {
    public Intercept {
      if (status < 400 || status > 699) {
        throw new IllegalArgumentException("reject status must be 4xx–6xx: " + status);
      }
    }
  }

  /**
   * Answer and ask the caller to press {@code digit}. The right digit rings the user (the caller
   * hears a ringback tone); a wrong digit, none within {@code timeout}, or a hang-up fails.
   *
   * @param greeting the prompt's id for the media side (language and digit)
   * @param machineGreeting the greeting id when the answering machine takes the call after a failed
   *     challenge or a busy user ("default", "anonymous", "fr" …)
   * @param timeout from the start of the prompt until the challenge is failed (prompt, wait,
   *     repeat)
   * @param hangUpOnFail end the call on failure (else the answering machine takes it)
   */
  record Challenge(
      char digit,
      String greeting,
      String machineGreeting,
      java.time.Duration timeout,
      boolean hangUpOnFail,
      String reason)
      implements CallDisposition {
    public Challenge {
      if (digit < '0' || digit > '9') {
        throw new IllegalArgumentException("challenge digit must be 0-9: " + digit);
      }
    }
  }
}
