package dev.vorzimmer.media;

import dev.vorzimmer.media.AnsweringMachineListener.Dtmf;
import dev.vorzimmer.media.AnsweringMachineListener.FinishReason;
import dev.vorzimmer.media.AnsweringMachineListener.Finished;
import dev.vorzimmer.media.internal.rtp.DtmfReceiver;
import dev.vorzimmer.media.internal.rtp.DtmfSender;
import dev.vorzimmer.media.internal.rtp.G711;
import dev.vorzimmer.media.internal.rtp.Pacer;
import dev.vorzimmer.media.internal.rtp.Recorder;
import dev.vorzimmer.media.internal.rtp.RtpPacket;
import dev.vorzimmer.media.internal.rtp.RtpStream;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a screened call: plays the greeting, then a beep, then records the caller into a WAV
 * until {@link #stop()} (the caller hung up), the maximum length, or a stretch of silence. A DTMF
 * {@code #} during the greeting skips to the beep. While recording it keeps sending silence so NATs
 * stay open. Every interval the shared {@link MediaPacer} thread sends one packet and reads what
 * arrived; file I/O happens on the given single-threaded executor. Caller audio is placed by RTP
 * timestamp (reordering, loss and SSRC changes are handled) and accepted as PCMU or PCMA whichever
 * was negotiated; audio received before the beep is not recorded.
 *
 * <p>On {@code MAX_LENGTH}, {@code SILENCE} or {@code FAILED} the app should hang up with BYE; the
 * recording is already finished when {@link AnsweringMachineListener#finished} is called.
 */
public final class AnsweringMachine implements MediaSession {

  private static final Logger LOG = LoggerFactory.getLogger(AnsweringMachine.class);

  private enum Phase {
    IDLE,
    GREETING,
    BEEP,
    RECORDING,
    DONE
  }

  private final RtpSocket socket;
  private final RtpEndpoint endpoint;
  private final Greeting greeting;
  private final short[] beep;
  private final AnsweringMachineSettings settings;
  private final AnsweringMachineListener listener;
  private final MediaPacer pacer;
  private final ScheduledExecutorService io;
  private final RtpStream stream;
  private final MessageTake take;
  private final DtmfReceiver dtmfIn = new DtmfReceiver();
  private final DtmfSender dtmfOut;
  private final short[] frame;
  private Phase phase = Phase.IDLE;
  private Pacer.Registration registration;
  private PlayOnce playing;
  private volatile boolean sending = true;

  /**
   * @param socket the session's socket (from {@link RtpSocket#open}); closed by {@link #close()}
   * @param endpoint peer address and codec from SDP
   * @param recordingTarget the WAV to create (must not exist; written as {@code .part} first), or
   *     null to play the greeting only and finish with {@code GREETING_ONLY} (nothing is recorded)
   * @param io single-threaded executor for file I/O and listener calls about the file
   */
  public AnsweringMachine(
      RtpSocket socket,
      RtpEndpoint endpoint,
      Greeting greeting,
      Path recordingTarget,
      AnsweringMachineSettings settings,
      AnsweringMachineListener listener,
      MediaPacer pacer,
      ScheduledExecutorService io) {
    this.socket = Objects.requireNonNull(socket, "socket");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.greeting = Objects.requireNonNull(greeting, "greeting");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.pacer = Objects.requireNonNull(pacer, "pacer");
    this.io = Objects.requireNonNull(io, "io");
    int spp = endpoint.samplesPerPacket();
    this.frame = new short[spp];
    this.beep = Tone.beep(settings.beepHz(), settings.beepLength());
    this.stream = RtpChannel.newStream(socket, endpoint);
    this.take =
        recordingTarget == null
            ? null
            : new MessageTake(
                new Recorder(recordingTarget, io, e -> notify(l -> l.recordingFailed(e))),
                endpoint,
                settings);
    this.dtmfOut = new DtmfSender(spp, Math.max(1, 100 / endpoint.ptimeMillis()));
  }

  /** Starts the greeting. */
  @Override
  public synchronized void start() {
    if (phase != Phase.IDLE) {
      throw new IllegalStateException(
          "an answering machine can be started only once, and not after close()");
    }
    phase = Phase.GREETING;
    playing = PlayOnce.of(greeting);
    notify(AnsweringMachineListener::greetingStarted);
    long period = TimeUnit.MILLISECONDS.toNanos(endpoint.ptimeMillis());
    registration =
        pacer
            .pacer()
            .schedule(this::tick, period, "answering-machine:" + socket.localPort(), this::failed);
  }

  @Override
  public void remoteChanged(java.net.InetSocketAddress remote) {
    stream.moveTo(remote);
  }

  @Override
  public void keysChanged(SrtpParameters keys) {
    stream.protectWith(dev.vorzimmer.media.internal.srtp.SrtpProtection.of(keys));
  }

  /** While the caller holds us ({@code send=false}) the greeting goes on but no packet is sent. */
  @Override
  public void setDirection(boolean send, boolean receive) {
    sending = send;
  }

  @Override
  public void sendDtmf(char digit) {
    if (endpoint.telephoneEventPayloadType() < 0) {
      throw new IllegalStateException("peer did not negotiate telephone-event");
    }
    dtmfOut.enqueue(digit);
  }

  /**
   * Finishes with {@link FinishReason#STOPPED}, keeping audio that already arrived; no effect
   * before start or after finishing.
   */
  @Override
  public synchronized void stop() {
    if (phase != Phase.IDLE && phase != Phase.DONE) {
      receive();
      finish(FinishReason.STOPPED);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      if (phase == Phase.IDLE) {
        phase = Phase.DONE;
      }
    }
    stop();
    try {
      socket.close();
    } catch (IOException e) {
      LOG.warn("closing RTP socket {} failed", socket.localAddress(), e);
    }
  }

  /** A tick threw (the pacer cancelled it): finish with {@code FAILED} so the app hangs up. */
  private synchronized void failed(RuntimeException error) {
    if (phase != Phase.DONE && phase != Phase.IDLE) {
      LOG.error("answering machine on {} failed; finishing", socket.localAddress(), error);
      finish(FinishReason.FAILED);
    }
  }

  private synchronized void tick(long tickIndex) {
    if (phase == Phase.DONE) {
      return;
    }
    if (!receive()) {
      finish(FinishReason.STOPPED);
      return;
    }
    fillFrame();
    if (!sending) {
      stream.skip();
    } else if (dtmfOut.active()) {
      stream.sendEvent(endpoint.telephoneEventPayloadType(), dtmfOut.next(stream.nextTimestamp()));
    } else {
      stream.sendAudio(frame);
    }
    if (phase == Phase.RECORDING) {
      FinishReason end = take.tick();
      if (end != null) {
        finish(end);
      }
    }
  }

  /** Processes what arrived; false if the socket was closed under the running session. */
  private boolean receive() {
    try {
      stream.drain(this::onPacket);
    } catch (ClosedChannelException e) {
      LOG.warn(
          "RTP socket {} closed while the answering machine was running; finishing",
          socket.localAddress());
      return false;
    } catch (IOException e) {
      LOG.warn("RTP receive on {} failed", socket.localAddress(), e);
    }
    return true;
  }

  private void fillFrame() {
    java.util.Arrays.fill(frame, (short) 0);
    if (phase == Phase.GREETING && playing.next(frame)) {
      notify(AnsweringMachineListener::greetingFinished);
      enterBeep();
    } else if (phase == Phase.BEEP && playing.next(frame)) {
      startRecording();
    }
  }

  private void enterBeep() {
    if (take == null) {
      finish(FinishReason.GREETING_ONLY);
      return;
    }
    phase = Phase.BEEP;
    playing = PlayOnce.of(beep);
  }

  private void startRecording() {
    phase = Phase.RECORDING;
    take.open();
    notify(AnsweringMachineListener::recordingStarted);
  }

  private void onPacket(RtpPacket packet) {
    int pt = packet.payloadType();
    if (pt == endpoint.telephoneEventPayloadType()) {
      onTelephoneEvent(packet);
    } else if (endpoint.codecOf(pt) >= 0 && phase == Phase.RECORDING) {
      short[] pcm = new short[packet.payload().length];
      G711.decode(endpoint.codecOf(pt), packet.payload(), 0, pcm.length, pcm, 0);
      take.offer(packet.ssrc(), packet.timestamp(), pcm);
    }
  }

  private void onTelephoneEvent(RtpPacket packet) {
    try {
      dtmfIn
          .onPacket(packet)
          .filter(DtmfReceiver.Update::started)
          .ifPresent(
              update -> {
                notify(l -> l.dtmf(new Dtmf(update.digit())));
                if (update.digit() == '#' && phase == Phase.GREETING) {
                  notify(AnsweringMachineListener::greetingSkipped);
                  enterBeep();
                }
              });
    } catch (IllegalArgumentException e) {
      LOG.debug(
          "ignoring malformed telephone-event on {}: {}", socket.localAddress(), e.getMessage());
    }
  }

  private void finish(FinishReason reason) {
    boolean recording = phase == Phase.RECORDING;
    phase = Phase.DONE;
    registration.cancel();
    if (stream.droppedFromStrangers() > 0) {
      LOG.warn(
          "answering machine on {}: {} RTP packets from strangers dropped",
          socket.localAddress(),
          stream.droppedFromStrangers());
    }
    if (stream.droppedSrtp() > 0) {
      LOG.warn(
          "answering machine on {}: {} SRTP packets failed authentication or were replayed, dropped",
          socket.localAddress(),
          stream.droppedSrtp());
    }
    if (!recording) {
      io.execute(() -> notify(l -> l.finished(new Finished(reason, Duration.ZERO, null))));
      return;
    }
    take.finish(reason, socket.localAddress(), done -> notify(l -> l.finished(done)));
  }

  private void notify(Consumer<AnsweringMachineListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      LOG.error("answering machine listener failed on {}", socket.localAddress(), e);
    }
  }
}
