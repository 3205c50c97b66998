package dev.vorzimmer.media;

import dev.vorzimmer.media.internal.rtp.Pacer;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A call's audio without a sound card: sends a recording once (or nothing), then silence, paced
 * like the answering machine, and counts what the peer sends. Used for headless outgoing calls
 * ({@code vorzimmer call --play FILE}) and for live calls on a machine without an audio device, so
 * the RTP stream still flows and the peer hears silence rather than a dead line.
 */
public final class PlaybackSession implements MediaSession {
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

  /**
   * @param audio what to play once before silence; {@code Greeting.of(new short[0])} for silence
   *     only
   */
  public PlaybackSession(RtpSocket socket, RtpEndpoint endpoint, Greeting audio, MediaPacer pacer) {
    this.rtp = new RtpChannel(socket, endpoint);
    this.audio = Objects.requireNonNull(audio, "audio");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.frame = new short[endpoint.samplesPerPacket()];
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
    if (!rtp.drain(p -> received.incrementAndGet())) {
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
    if (sending) {
      rtp.send(frame);
    } else {
      rtp.skip();
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
