package dev.vorzimmer.app;

import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers incoming calls that rang for the whole ring time before the answering machine took
 * them. sip-core says so in the reason of the move to {@link CallState#CONNECTING} ("voicemail: no
 * answer after 25000 ms").
 */
final class RingTimeouts {
  private static final Pattern NO_ANSWER = Pattern.compile("no answer after (\\d+) ms");
  private final Map<String, Long> rang = new ConcurrentHashMap<>();

  /**
   * Looks at every incoming call event; returns the ring time in seconds when this event says the
   * ring time just ran out. The call is remembered until {@link #take}.
   */
  Optional<Long> onEvent(CallEvent e) {
    if (!e.incoming() || e.state() != CallState.CONNECTING) {
      return Optional.empty();
    }
    Matcher m = NO_ANSWER.matcher(e.reason());
    if (!m.find()) {
      return Optional.empty();
    }
    long seconds = Long.parseLong(m.group(1)) / 1000;
    rang.put(e.callId(), seconds);
    return Optional.of(seconds);
  }

  /** The ring time in seconds if {@code callId} was not answered within it; forgets the call. */
  Optional<Long> take(String callId) {
    return Optional.ofNullable(rang.remove(callId));
  }

  /** The reason a call gets when nobody answered within {@code seconds}. */
  static Reason reason(long seconds) {
    return Reason.of("unanswered", "seconds", seconds);
  }
}
