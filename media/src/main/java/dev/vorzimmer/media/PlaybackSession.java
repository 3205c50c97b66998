package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.DtmfReceiver;
import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.media.internal.rtp.Pacer;
import dev.vorzimmer.media.internal.rtp.RtpPacket;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's audio without a sound card: sends a recording once (or nothing), then silence, paced
 * like the answering machine, and counts what the peer sends. Used for headless outgoing calls
 * ({@code vorzimmer call --play FILE}) and for live calls on a machine without an audio device, so
 * the RTP stream still flows and the peer hears silence rather than a dead line.
 */
public final class PlaybackSession implements MediaSession {
  private static final Logger LOG = LoggerFactory.getLogger(PlaybackSession.class);
  private final Greeting audio;
  private final MediaPacer pacer;
  private final RtpChannel rtp;
  private final short[] frame;
  private final AtomicLong received = new AtomicLong();
  private Pacer.Registration registration;
  private int position;
  private boolean muted;
  private volatile boolean sending = true;
  private boolean stopped;
  private boolean loop;
  private final int telephoneEvent;
  private final DtmfReceiver dtmfIn = new DtmfReceiver();
  private volatile Consumer<Character> digits = d -> {};
  private volatile Runnable faxTone;
  private final FaxToneDetector fax = new FaxToneDetector();
  private final int audioPayloadType;
  private final int codec;
  private final short[] heard = new short[480];

  /**
   * @param audio what to play once before silence; {@code Greeting.of(new short[0])} for silence
   *     only
   */
  public PlaybackSession(RtpSocket socket, RtpEndpoint endpoint, Greeting audio, MediaPacer pacer) {
    this.rtp = new RtpChannel(socket, endpoint);
    this.audio = Objects.requireNonNull(audio, "audio");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.frame = new short[endpoint.samplesPerPacket()];
    this.telephoneEvent = endpoint.telephoneEventPayloadType();
    this.audioPayloadType = endpoint.payloadType();
    this.codec = endpoint.codec();
  }

  /**
   * Listens to the peer's audio for a fax or modem tone (1100 or 2100 Hz for 400 ms) and runs
   * {@code listener} once, on the pacer thread, when one is heard.
   */
  public PlaybackSession onFaxTone(Runnable listener) {
    faxTone = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Plays the audio over and over (a ringback cadence) instead of once; before {@link #start}. */
  public synchronized PlaybackSession looped() {
    loop = true;
    return this;
  }

  /**
   * Reports each key press the peer sends as RFC 4733 event (once, when it starts) to {@code
   * listener}, on the pacer thread; malformed events are ignored.
   */
  public PlaybackSession onDigit(Consumer<Character> listener) {
    digits = Objects.requireNonNull(listener, "listener");
    return this;
  }

  @Override
  public synchronized void start() {
    if (registration != null) {
      throw new IllegalStateException("playback already started");
    }
    registration = rtp.schedule(pacer, this::tick, "playback", e -> stop());
  }

  @Override
  public void sendDtmf(char digit) {
    rtp.enqueueDtmf(digit);
  }

  @Override
  public void remoteChanged(java.net.InetSocketAddress remote) {
    rtp.moveTo(remote);
  }

  @Override
  public void keysChanged(SrtpParameters keys) {
    rtp.rekey(keys);
  }

  /** Sends nothing while {@code send} is false (the peer holds us, or we hold). */
  @Override
  public void setDirection(boolean send, boolean receive) {
    sending = send;
  }

  /** Sends silence instead of the recording while muted (the position keeps moving). */
  public synchronized void mute(boolean on) {
    muted = on;
  }

  /** RTP packets received from the peer so far. */
  public long packetsReceived() {
    return received.get();
  }

  private synchronized void tick(long tickIndex) {
    if (stopped) {
      return;
    }
    if (!rtp.drain(this::received)) {
      stop();
      return;
    }
    Arrays.fill(frame, (short) 0);
    int n = Math.max(0, Math.min(frame.length, audio.length() - position));
    if (!muted) {
      for (int i = 0; i < n; i++) {
        frame[i] = audio.sample(position + i);
      }
    }
    position += n;
    if (loop && position >= audio.length()) {
      position = 0;
    }
    if (sending) {
      rtp.send(frame);
    } else {
      rtp.skip();
    }
  }

  private void received(RtpPacket packet) {
    received.incrementAndGet();
    if (packet.payloadType() == audioPayloadType) {
      listenForFax(packet.payload());
      return;
    }
    if (telephoneEvent < 0 || packet.payloadType() != telephoneEvent) {
      return;
    }
    try {
      dtmfIn
          .onPacket(packet)
          .filter(DtmfReceiver.Update::started)
          .ifPresent(u -> digits.accept(u.digit()));
    } catch (IllegalArgumentException e) {
      LOG.info("ignoring malformed telephone-event: {}", e.getMessage());
    }
  }

  private void listenForFax(byte[] payload) {
    Runnable listener = faxTone;
    if (listener == null) {
      return;
    }
    int n = Math.min(payload.length, heard.length);
    G711.decode(codec, payload, 0, n, heard, 0);
    if (fax.feed(heard, n)) {
      listener.run();
    }
  }

  @Override
  public synchronized void stop() {
    stopped = true;
    if (registration != null) {
      registration.cancel();
    }
  }

  @Override
  public void close() {
    stop();
    rtp.closeSocket();
  }
}
