package dev.vorzimmer.media.internal.rtp;

import java.util.Optional;

/**
 * Turns received RFC 4733 packets into at most two reports per key press: when it starts (so a
 * {@code #} can act immediately) and when it ends (with its final duration).
 *
 * <p>All packets of one event share an RTP timestamp. Interim updates and the redundant copies of
 * the end packet (usually three) are not reported again. If the start packets are lost, the first
 * end packet reports both start and end in one update.
 */
public final class DtmfReceiver {

  /**
   * A change in a key press.
   *
   * @param digit the key
   * @param timestamp RTP timestamp identifying the event
   * @param started this packet is the first one seen of the event
   * @param ended this packet is the first end packet of the event
   * @param duration duration in RTP timestamp units as of this packet
   */
  public record Update(char digit, long timestamp, boolean started, boolean ended, int duration) {}

  private boolean seen;
  private boolean lastEnded;
  private int lastSsrc;
  private long lastTimestamp;

  /**
   * Feeds one telephone-event packet.
   *
   * @return an update if the packet starts or ends an event, empty for repeats and non-DTMF events
   * @throws IllegalArgumentException if the payload is malformed
   */
  public Optional<Update> onPacket(RtpPacket packet) {
    TelephoneEvent event = TelephoneEvent.parse(packet.payload());
    boolean sameEvent = seen && packet.ssrc() == lastSsrc && packet.timestamp() == lastTimestamp;
    boolean started = !sameEvent;
    boolean ended = event.end() && !(sameEvent && lastEnded);
    seen = true;
    lastSsrc = packet.ssrc();
    lastTimestamp = packet.timestamp();
    lastEnded = (sameEvent && lastEnded) || event.end();
    if ((!started && !ended) || event.digit() == '?') {
      return Optional.empty();
    }
    return Optional.of(
        new Update(event.digit(), packet.timestamp(), started, ended, event.duration()));
  }
}
