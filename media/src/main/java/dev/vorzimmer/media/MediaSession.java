package dev.vorzimmer.media;

/** An RTP media session for one call. */
public interface MediaSession extends AutoCloseable {

  /** Starts sending and receiving. May be called once. */
  void start();

  /**
   * Sends a DTMF digit as RFC 4733 events.
   *
   * @throws IllegalArgumentException if {@code digit} is not one of {@code 0-9 * # A-D}
   * @throws IllegalStateException if the peer did not negotiate telephone-event
   */
  void sendDtmf(char digit);

  /**
   * Applies the stream direction after a hold or resume (RFC 3264): while {@code send} is false no
   * RTP leaves us (timestamps keep running; the next packet after it carries the marker bit); while
   * {@code receive} is false the peer's audio is not played. Sessions that cannot do either ignore
   * it.
   */
  default void setDirection(boolean send, boolean receive) {}

  /**
   * The peer's SDP named a new RTP address (a re-INVITE): packets go there and are accepted from
   * there from now on (see {@link RtpEndpoint#latchToSource()}). Sessions without RTP ignore it.
   */
  default void remoteChanged(java.net.InetSocketAddress remote) {}

  /**
   * The peer's SDP changed the SRTP keys or suite of an encrypted session (a re-INVITE): packets
   * are protected and checked with {@code keys} from the next one on. Plain sessions stay plain
   * (sip-core never switches a call's encryption); sessions without RTP ignore it.
   */
  default void keysChanged(SrtpParameters keys) {}

  /** Ends the session (e.g. on BYE); idempotent. */
  void stop();

  /** Stops the session and releases its socket; idempotent. */
  @Override
  void close();
}
