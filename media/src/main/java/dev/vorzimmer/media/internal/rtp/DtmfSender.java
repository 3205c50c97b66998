package dev.vorzimmer.media.internal.rtp;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Produces RFC 4733 payloads for queued digits, one per packet interval: updates with growing
 * duration, then the final packet three times with the end bit set. The caller sends them in place
 * of audio; all packets of an event carry the event's start timestamp, the first one the marker
 * bit.
 */
public final class DtmfSender {

  /** Volume used for generated events, -dBm0. */
  public static final int VOLUME = 10;

  /** Number of copies of the end packet. */
  public static final int END_REPEATS = 3;

  /** One packet to send: payload, whether it starts an event (marker), and its event timestamp. */
  public record Packet(byte[] payload, boolean marker, long timestamp) {}

  private final int samplesPerPacket;
  private final int eventPackets;
  private final Queue<Character> queue = new ArrayDeque<>();
  private int step = -1;
  private int code;
  private long eventTimestamp;

  /**
   * @param samplesPerPacket timestamp units per packet interval
   * @param eventPackets intervals an event lasts before it ends (e.g. 5 × 20 ms = 100 ms)
   */
  public DtmfSender(int samplesPerPacket, int eventPackets) {
    this.samplesPerPacket = samplesPerPacket;
    this.eventPackets = eventPackets;
  }

  /** Queues a digit; rejects characters that are not DTMF digits. */
  public synchronized void enqueue(char digit) {
    TelephoneEvent.codeOf(digit);
    queue.add(digit);
  }

  /** Whether a packet is due this interval (an event is in progress or queued). */
  public synchronized boolean active() {
    return step >= 0 || !queue.isEmpty();
  }

  /**
   * The packet for this interval, or {@code null} if idle.
   *
   * @param nowTimestamp the audio timestamp this interval would have had; new events start here
   */
  public synchronized Packet next(long nowTimestamp) {
    if (step < 0) {
      Character digit = queue.poll();
      if (digit == null) {
        return null;
      }
      code = TelephoneEvent.codeOf(digit);
      eventTimestamp = nowTimestamp;
      step = 0;
    }
    int s = step;
    boolean end = s >= eventPackets - 1;
    int duration = Math.min(samplesPerPacket * Math.min(s + 1, eventPackets), 0xFFFF);
    step = s + 1 >= eventPackets - 1 + END_REPEATS ? -1 : s + 1;
    byte[] payload = new TelephoneEvent(code, end, VOLUME, duration).toPayload();
    return new Packet(payload, s == 0, eventTimestamp);
  }
}
