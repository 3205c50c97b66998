package dev.vorzimmer.ui.desktop;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the missed calls out of the stream of call events: an incoming call that rang and ended
 * without being answered, declined or taken by the answering machine (outcome {@link
 * CallOutcome#MISSED}). Each call is reported at most once. No Swing; not thread-safe (the window
 * feeds it on the EDT).
 */
final class MissedCalls {
  /**
   * A missed call: the caller's number as signalled and the display name seen while it rang (may be
   * blank).
   */
  record Missed(String callId, String number, String displayName) {}

  /** What sip-core says when the ring time runs out and the answering machine takes the call. */
  static final String RING_TIME_OUT = "no answer after";

  private final Map<String, CallEvent> ringing = new HashMap<>();

  /** Takes the next event; returns the missed call when this event ends one. */
  Optional<Missed> onCall(CallEvent event) {
    if (!event.incoming()) {
      return Optional.empty();
    }
    if (event.state() == CallState.RINGING) {
      ringing.put(event.callId(), event);
      return Optional.empty();
    }
    if (event.state() != CallState.ENDED) {
      CallEvent rang = ringing.remove(event.callId());
      // The ring time ran out ("voicemail: no answer after 25000 ms"): nobody answered; the
      // answering machine takes it now. Answered, or sent to voicemail by the user: not missed.
      return rang != null && event.reason().contains(RING_TIME_OUT)
          ? Optional.of(missed(event, rang))
          : Optional.empty();
    }
    CallEvent rang = ringing.remove(event.callId());
    if (event.outcome().orElse(null) != CallOutcome.MISSED) {
      return Optional.empty();
    }
    return Optional.of(missed(event, rang));
  }

  private static Missed missed(CallEvent event, CallEvent rang) {
    String name =
        blank(event.displayName()) && rang != null ? rang.displayName() : event.displayName();
    // outcome MISSED means it rang even if this window never saw the RINGING event
    String number = blank(event.peer()) && rang != null ? rang.peer() : event.peer();
    return new Missed(event.callId(), number == null ? "" : number, name == null ? "" : name);
  }

  /** True while at least one incoming call rings. */
  boolean anyRinging() {
    return !ringing.isEmpty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
