package dev.vorzimmer.media;

import dev.vorzimmer.media.LiveSessionListener.DeviceState;
import dev.vorzimmer.media.LiveSessionListener.Dtmf;
import dev.vorzimmer.media.internal.rtp.AudioPlacer;
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
 * The audio of a call the user talks on: symmetric RTP on one socket, the microphone sent as G.711
 * at the negotiated packet time, the peer's audio placed by RTP timestamp (reordering, loss and
 * SSRC changes handled) and played on the speaker, RFC 4733 DTMF both ways, mute and hold.
 *
 * <p>Every packet interval the shared {@link MediaPacer} thread reads one frame from the
 * microphone's buffer, sends one packet, and drains the socket; the devices run on their own
 * threads and neither side blocks the other. With no usable device the call still runs (silence is
 * sent, incoming audio discarded) and {@link LiveSessionListener#devices} says why.
 */
public final class LiveSession implements MediaSession {

  private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);

  /** Reordering tolerated before a hole in the peer's audio is played as silence. */
  private static final int REORDER_PACKETS = 2;

  private static final int MAX_GAP_SAMPLES = 10 * 8000;

  /** How often (in ticks) the devices are asked whether they still work. */
  private static final int DEVICE_CHECK_TICKS = 10;

  private enum State {
    IDLE,
    RUNNING,
    STOPPED
  }

  private final RtpEndpoint endpoint;
  private final AudioSource microphone;
  private final AudioSink speaker;
  private final MediaPacer pacer;
  private final LiveSessionListener listener;
  private final RtpChannel rtp;
  private final AudioPlacer placer;
  private final DtmfReceiver dtmfIn = new DtmfReceiver();
  private final short[] frame;
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();
  private State state = State.IDLE;
  private Pacer.Registration registration;
  private DeviceState devices;
  private volatile boolean muted;
  private volatile boolean sending = true;
  private volatile boolean playing = true;

  /**
   * @param socket the call's socket (from {@link RtpSocket#open}); closed by {@link #close()}
   * @param endpoint peer address, codec and packet time from SDP
   * @param microphone what the peer hears (from {@link AudioDevices#openInput}); closed with the
   *     session
   * @param speaker where the peer's audio goes (from {@link AudioDevices#openOutput}); closed with
   *     the session
   * @param pacer the application's media thread
   * @param listener device state and DTMF, called on the pacer thread
   */
  public LiveSession(
      RtpSocket socket,
      RtpEndpoint endpoint,
      AudioSource microphone,
      AudioSink speaker,
      MediaPacer pacer,
      LiveSessionListener listener) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.microphone = Objects.requireNonNull(microphone, "microphone");
    this.speaker = Objects.requireNonNull(speaker, "speaker");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.listener = Objects.requireNonNull(listener, "listener");
    int spp = endpoint.samplesPerPacket();
    this.frame = new short[spp];
    this.rtp = new RtpChannel(socket, endpoint);
    this.placer = new AudioPlacer(this::play, REORDER_PACKETS * spp, MAX_GAP_SAMPLES);
  }

  /** Starts sending and receiving; reports the device state to the listener first. */
  @Override
  public synchronized void start() {
    if (state != State.IDLE) {
      throw new IllegalStateException(
          "a live session can be started only once, and not after stop()");
    }
    state = State.RUNNING;
    checkDevices();
    registration = rtp.schedule(pacer, this::tick, "live", this::failed);
  }

  @Override
  public void sendDtmf(char digit) {
    rtp.enqueueDtmf(digit);
  }

  /** While muted the peer hears silence; packets keep flowing so the call stays up. */
  public void setMuted(boolean on) {
    muted = on;
  }

  /** Whether the microphone is muted. */
  public boolean isMuted() {
    return muted;
  }

  /**
   * While held nothing is sent (RTP timestamps keep running, so the peer resynchronises when it
   * resumes) and the peer's audio is not played; the socket is still drained and DTMF reported.
   */
  public void setHeld(boolean on) {
    setDirection(!on, !on);
  }

  @Override
  public void remoteChanged(java.net.InetSocketAddress remote) {
    rtp.moveTo(remote);
  }

  @Override
  public void keysChanged(SrtpParameters keys) {
    rtp.rekey(keys);
  }

  /** Whether the call is on hold (nothing is sent). */
  public boolean isHeld() {
    return !sending;
  }

  /**
   * The direction after a hold or resume: {@code send=false} sends nothing (the microphone never
   * leaves us), {@code receive=false} plays nothing; the socket is still drained and DTMF reported.
   */
  @Override
  public void setDirection(boolean send, boolean receive) {
    sending = send;
    playing = receive;
  }

  /** The devices' state as last reported (null before {@link #start()}). */
  public synchronized DeviceState deviceState() {
    return devices;
  }

  /** RTP packets received from the peer so far. */
  public long packetsReceived() {
    return received.get();
  }

  /** RTP packets (audio and DTMF) sent so far. */
  public long packetsSent() {
    return sent.get();
  }

  /** RTP packets dropped because they came from a source that is not the peer. */
  public synchronized long packetsFromStrangers() {
    return rtp.droppedFromStrangers();
  }

  /** SRTP packets dropped (failed authentication or replayed); never played. */
  public synchronized long packetsFailingSrtp() {
    return rtp.droppedSrtp();
  }

  /** A tick threw (the pacer cancelled it): stop and tell the listener, so the call can end. */
  private void failed(RuntimeException error) {
    LOG.error("live call on {} failed; stopping its audio", rtp.localAddress(), error);
    stop();
    notify(LiveSessionListener::ended);
  }

  private synchronized void tick(long tickIndex) {
    if (state != State.RUNNING) {
      return;
    }
    if (!rtp.drain(this::onPacket)) {
      stop();
      notify(LiveSessionListener::ended);
      return;
    }
    microphone.read(frame);
    if (!sending) {
      rtp.skip();
    } else {
      if (muted) {
        Arrays.fill(frame, (short) 0);
      }
      rtp.send(frame);
      sent.incrementAndGet();
    }
    if (tickIndex % DEVICE_CHECK_TICKS == 0) {
      checkDevices();
    }
  }

  private void onPacket(RtpPacket packet) {
    received.incrementAndGet();
    int pt = packet.payloadType();
    if (pt == endpoint.telephoneEventPayloadType()) {
      onTelephoneEvent(packet);
    } else if (endpoint.codecOf(pt) >= 0) {
      short[] pcm = new short[packet.payload().length];
      G711.decode(endpoint.codecOf(pt), packet.payload(), 0, pcm.length, pcm, 0);
      placer.offer(packet.ssrc(), packet.timestamp(), pcm);
    }
  }

  private void onTelephoneEvent(RtpPacket packet) {
    try {
      dtmfIn
          .onPacket(packet)
          .filter(DtmfReceiver.Update::started)
          .ifPresent(update -> notify(l -> l.dtmf(new Dtmf(update.digit()))));
    } catch (IllegalArgumentException e) {
      LOG.debug("ignoring malformed telephone-event on {}: {}", rtp.localAddress(), e.getMessage());
    }
  }

  private void play(short[] samples, int offset, int count) {
    if (playing) {
      speaker.write(samples, offset, count);
    }
  }

  private void checkDevices() {
    DeviceState now =
        new DeviceState(microphone.name(), microphone.problem(), speaker.name(), speaker.problem());
    if (!now.equals(devices)) {
      devices = now;
      if (!now.usable()) {
        LOG.warn(
            "live call on {}: microphone {} {}, speaker {} {}",
            rtp.localAddress(),
            now.microphone(),
            now.microphoneProblem().map(Object::toString).orElse("ok"),
            now.speaker(),
            now.speakerProblem().map(Object::toString).orElse("ok"));
      }
      notify(l -> l.devices(now));
    }
  }

  /** Stops sending and receiving and releases the microphone and speaker; idempotent. */
  @Override
  public synchronized void stop() {
    if (state == State.STOPPED) {
      return;
    }
    state = State.STOPPED;
    if (registration != null) {
      registration.cancel();
    }
    if (rtp.droppedFromStrangers() > 0) {
      LOG.warn(
          "live call on {}: {} RTP packets from strangers dropped",
          rtp.localAddress(),
          rtp.droppedFromStrangers());
    }
    if (rtp.droppedSrtp() > 0) {
      LOG.warn(
          "live call on {}: {} SRTP packets failed authentication or were replayed, dropped",
          rtp.localAddress(),
          rtp.droppedSrtp());
    }
    microphone.close();
    speaker.close();
  }

  /** Stops the session and closes its socket; idempotent. */
  @Override
  public void close() {
    stop();
    rtp.closeSocket();
  }

  private void notify(Consumer<LiveSessionListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      LOG.error("live session listener failed on {}", rtp.localAddress(), e);
    }
  }
}
