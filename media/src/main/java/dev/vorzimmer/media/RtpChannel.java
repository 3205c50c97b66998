package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.DtmfSender;
import dev.vorzimmer.media.internal.rtp.Pacer;
import dev.vorzimmer.media.internal.rtp.PacketProtection;
import dev.vorzimmer.media.internal.rtp.RtpSourceFilter;
import dev.vorzimmer.media.internal.rtp.RtpStream;
import dev.vorzimmer.media.internal.srtp.SrtpProtection;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTP side a paced session needs: the stream on its socket, outgoing DTMF, the pacer schedule
 * at the packet time, one packet per interval, draining, and closing the socket.
 */
final class RtpChannel {

  private static final Logger LOG = LoggerFactory.getLogger(RtpChannel.class);

  private final RtpSocket socket;
  private final RtpEndpoint endpoint;
  private final RtpStream stream;
  private final DtmfSender dtmfOut;

  RtpChannel(RtpSocket socket, RtpEndpoint endpoint) {
    this.socket = Objects.requireNonNull(socket, "socket");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    int spp = endpoint.samplesPerPacket();
    this.stream = newStream(socket, endpoint);
    this.dtmfOut = new DtmfSender(spp, Math.max(1, 100 / endpoint.ptimeMillis()));
  }

  /** The stream of {@code endpoint} on {@code socket}, with strict source validation. */
  static RtpStream newStream(RtpSocket socket, RtpEndpoint endpoint) {
    RtpSourceFilter sources =
        new RtpSourceFilter(
            endpoint.remote(),
            endpoint.latchToSource(),
            endpoint.payloadType(),
            endpoint.telephoneEventPayloadType());
    PacketProtection protection =
        endpoint.srtp().map(SrtpProtection::of).orElse(PacketProtection.NONE);
    return new RtpStream(
        socket.channel(),
        sources,
        endpoint.payloadType(),
        endpoint.codec(),
        endpoint.samplesPerPacket(),
        protection);
  }

  /** See {@link MediaSession#keysChanged}. */
  void rekey(SrtpParameters keys) {
    stream.protectWith(SrtpProtection.of(keys));
  }

  /** SRTP packets dropped: failed authentication, or replayed. */
  long droppedSrtp() {
    return stream.droppedSrtp();
  }

  /** See {@link MediaSession#remoteChanged}. */
  void moveTo(java.net.InetSocketAddress remote) {
    stream.moveTo(remote);
  }

  /** Packets dropped because they came from strangers (not the peer). */
  long droppedFromStrangers() {
    return stream.droppedFromStrangers();
  }

  /**
   * Runs {@code task} once per packet interval on the pacer thread; if it throws, it is cancelled
   * and {@code onFailure} runs (on the pacer thread).
   */
  Pacer.Registration schedule(
      MediaPacer pacer, Pacer.Task task, String kind, Consumer<RuntimeException> onFailure) {
    long period = TimeUnit.MILLISECONDS.toNanos(endpoint.ptimeMillis());
    return pacer.pacer().schedule(task, period, kind + ":" + socket.localPort(), onFailure);
  }

  /** See {@link MediaSession#sendDtmf(char)}. */
  void enqueueDtmf(char digit) {
    if (endpoint.telephoneEventPayloadType() < 0) {
      throw new IllegalStateException("peer did not negotiate telephone-event");
    }
    dtmfOut.enqueue(digit);
  }

  /** Sends this interval's packet: the pending DTMF event if there is one, else {@code frame}. */
  void send(short[] frame) {
    if (dtmfOut.active()) {
      stream.sendEvent(endpoint.telephoneEventPayloadType(), dtmfOut.next(stream.nextTimestamp()));
    } else {
      stream.sendAudio(frame);
    }
  }

  /** Lets this interval pass without a packet (hold). */
  void skip() {
    stream.skip();
  }

  /**
   * Hands every packet waiting on the socket to {@code receiver}.
   *
   * @return false if the socket was closed under the session
   */
  boolean drain(RtpStream.Receiver receiver) {
    try {
      stream.drain(receiver);
    } catch (ClosedChannelException e) {
      LOG.warn("RTP socket {} closed while its session was running", socket.localAddress());
      return false;
    } catch (IOException e) {
      LOG.warn("RTP receive on {} failed", socket.localAddress(), e);
    }
    return true;
  }

  /** The local address, for log lines. */
  Object localAddress() {
    return socket.localAddress();
  }

  /** Closes the socket; idempotent. */
  void closeSocket() {
    try {
      socket.close();
    } catch (IOException e) {
      LOG.warn("closing RTP socket {} failed", socket.localAddress(), e);
    }
  }
}
