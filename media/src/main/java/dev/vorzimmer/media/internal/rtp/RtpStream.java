package dev.vorzimmer.media.internal.rtp;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending and receiving side of one RTP session on one non-blocking channel (symmetric RTP: we send
 * from the port we receive on). Keeps our SSRC, sequence number and timestamp. Used from the pacer
 * thread only.
 */
public final class RtpStream {

  private static final Logger LOG = LoggerFactory.getLogger(RtpStream.class);
  private static final int MAX_DATAGRAM = 2048;

  /** Receives each valid packet that arrives from the accepted source. */
  @FunctionalInterface
  public interface Receiver {
    void onPacket(RtpPacket packet);
  }

  private final DatagramChannel channel;
  private PacketProtection protection;
  private volatile PacketProtection nextProtection;
  private long droppedSrtpBefore;
  private final RtpSourceFilter sources;
  private final int payloadType;
  private final int codec;
  private final int samplesPerPacket;
  private final int ssrc;
  private final ByteBuffer sendBuffer = ByteBuffer.allocate(MAX_DATAGRAM);
  private final ByteBuffer receiveBuffer = ByteBuffer.allocate(MAX_DATAGRAM);
  private final byte[] encoded;
  private volatile java.net.InetSocketAddress movedTo;
  private int sequence;
  private long timestamp;
  private boolean firstAudio = true;
  private long sendErrors;

  /**
   * @param payloadType the voice payload type on the wire
   * @param codec the G.711 codec it carries (0 PCMU or 8 PCMA)
   */
  public RtpStream(
      DatagramChannel channel,
      RtpSourceFilter sources,
      int payloadType,
      int codec,
      int samplesPerPacket) {
    this(channel, sources, payloadType, codec, samplesPerPacket, PacketProtection.NONE);
  }

  /**
   * @param protection what happens at the socket edge: {@link PacketProtection#NONE} or SRTP (every
   *     packet sent is protected; a received one that does not unprotect is dropped and counted,
   *     never parsed)
   */
  public RtpStream(
      DatagramChannel channel,
      RtpSourceFilter sources,
      int payloadType,
      int codec,
      int samplesPerPacket,
      PacketProtection protection) {
    this.protection = protection;
    this.channel = channel;
    this.sources = sources;
    this.payloadType = payloadType;
    this.codec = codec;
    this.samplesPerPacket = samplesPerPacket;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    this.ssrc = random.nextInt();
    this.sequence = random.nextInt(0x10000);
    this.timestamp = random.nextInt() & 0xFFFF_FFFFL;
    this.encoded = new byte[samplesPerPacket];
  }

  /** Encodes one packet interval of audio ({@code samplesPerPacket} samples) and sends it. */
  public void sendAudio(short[] pcm) {
    G711.encode(codec, pcm, 0, samplesPerPacket, encoded, 0);
    send(new RtpPacket(payloadType, firstAudio, sequence, timestamp, ssrc, encoded));
    firstAudio = false;
    advance();
  }

  /** Sends a telephone-event packet in place of this interval's audio. */
  public void sendEvent(int eventPayloadType, DtmfSender.Packet event) {
    send(
        new RtpPacket(
            eventPayloadType, event.marker(), sequence, event.timestamp(), ssrc, event.payload()));
    advance();
  }

  /**
   * Lets one packet interval pass without sending (hold): the timestamp moves on, the sequence
   * number does not, and the next audio packet carries the marker bit (a new talkspurt).
   */
  public void skip() {
    timestamp = (timestamp + samplesPerPacket) & 0xFFFF_FFFFL;
    firstAudio = true;
  }

  /** Timestamp the next audio packet will carry. */
  public long nextTimestamp() {
    return timestamp;
  }

  /**
   * The peer's SDP named a new address; applied on the pacer thread before the next packet. Any
   * thread.
   */
  public void moveTo(java.net.InetSocketAddress remote) {
    movedTo = remote;
  }

  /**
   * The peer's SDP changed the SRTP keys (a re-INVITE): applied on the pacer thread before the next
   * packet. Any thread.
   */
  public void protectWith(PacketProtection next) {
    nextProtection = next;
  }

  private void applyMove() {
    PacketProtection keys = nextProtection;
    if (keys != null) {
      nextProtection = null;
      droppedSrtpBefore += protection.authenticationFailures() + protection.replays();
      protection.close();
      protection = keys;
    }
    java.net.InetSocketAddress next = movedTo;
    if (next != null) {
      movedTo = null;
      sources.resignal(next);
    }
  }

  /** Reads every datagram waiting on the socket and hands valid RTP packets to {@code receiver}. */
  public void drain(Receiver receiver) throws IOException {
    applyMove();
    while (true) {
      receiveBuffer.clear();
      SocketAddress source = channel.receive(receiveBuffer);
      if (source == null) {
        return;
      }
      receiveBuffer.flip();
      if (!protection.unprotect(receiveBuffer)) {
        continue;
      }
      RtpPacket packet;
      try {
        packet = RtpPacket.parse(receiveBuffer);
      } catch (IllegalArgumentException e) {
        LOG.debug("ignoring malformed datagram from {}: {}", source, e.getMessage());
        continue;
      }
      if (sources.accept(source, packet)) {
        receiver.onPacket(packet);
      }
    }
  }

  /** Packets dropped because they came from a source that does not belong to the call. */
  public long droppedFromStrangers() {
    return sources.dropped();
  }

  /** SRTP packets dropped so far: failed authentication or replayed (0 for plain RTP). */
  public long droppedSrtp() {
    return droppedSrtpBefore + protection.authenticationFailures() + protection.replays();
  }

  private void advance() {
    sequence = (sequence + 1) & 0xFFFF;
    timestamp = (timestamp + samplesPerPacket) & 0xFFFF_FFFFL;
  }

  private void send(RtpPacket packet) {
    applyMove();
    SocketAddress remote = sources.target();
    try {
      channel.send(protection.protect(packet.writeTo(sendBuffer)), remote);
    } catch (IOException e) {
      sendErrors++;
      if (sendErrors == 1 || sendErrors % 500 == 0) {
        LOG.warn("RTP send to {} failed ({} failures so far)", remote, sendErrors, e);
      }
    }
  }
}
