package dev.vorzimmer.media.internal.rtp;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which datagrams on an RTP port belong to the call (protection against "RTP bleed": a
 * stranger spraying packets at our port must never take the stream).
 *
 * <ul>
 *   <li>Packets from the address and port the SDP named are accepted at once, always.
 *   <li>Another source (a caller behind NAT whose packets come from elsewhere) is learned only
 *       while nothing has arrived from the signalled address, and only after {@link #LEARN_PACKETS}
 *       packets in sequence from that one source, each with a negotiated payload type. The learned
 *       source then becomes where we send; no further source is learned.
 *   <li>Everything else is dropped and counted ({@link #dropped()}).
 * </ul>
 *
 * Without learning ({@code learn == false}) only the signalled address is accepted. Used from the
 * pacer thread only.
 */
public final class RtpSourceFilter {

  /** In-sequence packets from one other source before it is learned. */
  public static final int LEARN_PACKETS = 4;

  private static final Logger LOG = LoggerFactory.getLogger(RtpSourceFilter.class);

  private InetSocketAddress signalled;
  private final boolean learn;
  private final int voicePayloadType;
  private final int eventPayloadType;
  private SocketAddress learned;
  private boolean heardSignalled;
  private SocketAddress candidate;
  private int candidateRun;
  private int candidateSequence;
  private long dropped;

  /**
   * @param signalled where the SDP said the peer's RTP comes from (and goes to)
   * @param learn whether a different source may be learned (symmetric RTP behind NAT)
   * @param voicePayloadType the negotiated voice payload type
   * @param eventPayloadType the negotiated telephone-event payload type, or -1
   */
  public RtpSourceFilter(
      InetSocketAddress signalled, boolean learn, int voicePayloadType, int eventPayloadType) {
    this.signalled = Objects.requireNonNull(signalled, "signalled");
    this.learn = learn;
    this.voicePayloadType = voicePayloadType;
    this.eventPayloadType = eventPayloadType;
  }

  /** True when {@code packet} from {@code source} belongs to the call. */
  public boolean accept(SocketAddress source, RtpPacket packet) {
    if (source.equals(signalled)) {
      heardSignalled = true;
      candidate = null;
      return true;
    }
    if (source.equals(learned)) {
      return true;
    }
    if (learn
        && learned == null
        && !heardSignalled
        && negotiated(packet.payloadType())
        && inRun(source, packet.sequence())) {
      learned = source;
      candidate = null;
      LOG.info(
          "RTP learned source {} after {} packets in sequence (SDP said {})",
          source,
          LEARN_PACKETS,
          signalled);
      return true;
    }
    drop(source);
    return false;
  }

  /**
   * The SDP named another address (a re-INVITE moved the media): it is accepted from now on and
   * learning starts over; the old address and any learned source no longer count.
   */
  public void resignal(InetSocketAddress next) {
    if (next.equals(signalled)) {
      return;
    }
    LOG.info("RTP peer moved from {} to {} (new SDP)", signalled, next);
    signalled = next;
    learned = null;
    heardSignalled = false;
    candidate = null;
  }

  /** Where packets are sent: the learned source if there is one, else the signalled address. */
  public SocketAddress target() {
    return learned != null && !heardSignalled ? learned : signalled;
  }

  /** Packets dropped as not belonging to the call so far. */
  public long dropped() {
    return dropped;
  }

  private boolean negotiated(int payloadType) {
    return payloadType == voicePayloadType
        || (eventPayloadType >= 0 && payloadType == eventPayloadType);
  }

  private boolean inRun(SocketAddress source, int sequence) {
    if (source.equals(candidate) && sequence == ((candidateSequence + 1) & 0xFFFF)) {
      candidateRun++;
    } else {
      candidate = source;
      candidateRun = 1;
    }
    candidateSequence = sequence;
    return candidateRun >= LEARN_PACKETS;
  }

  private void drop(SocketAddress source) {
    dropped++;
    if (dropped == 1 || dropped % 500 == 0) {
      LOG.warn(
          "RTP from unexpected source {} dropped (SDP said {}; {} dropped so far)",
          source,
          signalled,
          dropped);
    }
  }
}
