package dev.vorzimmer.sip;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A key the peer pressed during a call, received as a SIP INFO request ({@code
 * application/dtmf-relay} or {@code application/dtmf}). RFC 4733 telephone events in RTP are
 * reported by the media side instead.
 *
 * @param callId the call it belongs to
 * @param digit {@code 0-9}, {@code *}, {@code #} or {@code A-D}
 * @param duration how long the key was held, if the body said so
 * @param contentType the INFO body's type, e.g. {@code application/dtmf-relay}
 */
public record DtmfEvent(
    String callId, char digit, Optional<Duration> duration, String contentType) {

  public DtmfEvent {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(contentType, "contentType");
    if ("0123456789*#ABCD".indexOf(digit) < 0) {
      throw new IllegalArgumentException("not a DTMF digit: " + digit);
    }
  }
}
