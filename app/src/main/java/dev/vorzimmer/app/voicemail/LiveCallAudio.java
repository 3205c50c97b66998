package dev.vorzimmer.app.voicemail;

import dev.vorzimmer.app.LiveCalls;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.LiveSession;
import dev.vorzimmer.media.LiveSessionListener;
import dev.vorzimmer.media.MediaPacer;
import dev.vorzimmer.media.MediaSession;
import dev.vorzimmer.media.PlaybackSession;
import dev.vorzimmer.media.RtpEndpoint;
import dev.vorzimmer.media.RtpSocket;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audio of the calls the user takes or places. With a recording to send ({@code vorzimmer call
 * --play}) it is played once, then silence; otherwise the microphone and speaker from the sound
 * devices. Opening devices may block, so it happens on {@code opener}, never on the SIP thread;
 * mute and keypad wait up to a second for that. Sessions are kept by Call-ID for {@link LiveCalls}.
 */
public final class LiveCallAudio implements LiveCalls {
  private static final Logger log = LoggerFactory.getLogger(LiveCallAudio.class);
  private static final long OPEN_WAIT_MS = 1000;
  private final MediaPacer pacer;
  private final Executor opener;
  private final Greeting recording;
  private final SoundDevices devices;
  private final Map<String, Control> live = new ConcurrentHashMap<>();
  private final List<Consumer<Devices>> deviceListeners = new CopyOnWriteArrayList<>();

  /**
   * @param opener where devices are opened (may block briefly)
   * @param recording sent instead of the microphone when not empty
   * @param devices the sound devices (the user's chosen microphone and speaker) for a call starting
   *     now
   */
  public LiveCallAudio(
      MediaPacer pacer, Executor opener, Greeting recording, SoundDevices devices) {
    this.pacer = pacer;
    this.opener = opener;
    this.recording = recording;
    this.devices = devices;
  }

  /**
   * Starts the live audio of {@code callId}; the returned session stops it (and closes the socket).
   *
   * @param failed called when the audio ended by itself (failed); the call should be hung up
   */
  MediaSession start(String callId, RtpSocket socket, RtpEndpoint endpoint, Runnable failed) {
    Control control;
    if (recording.length() > 0) {
      log.info("call {}: sending the chosen recording", callId);
      PlaybackSession playback = new PlaybackSession(socket, endpoint, recording, pacer);
      playback.start();
      control =
          new Control(
              CompletableFuture.completedFuture(new Handle(playback, playback::mute)), socket);
    } else {
      Control opening = new Control(new CompletableFuture<>(), socket);
      opener.execute(() -> opening.openOrFail(callId, endpoint, failed));
      control = opening;
    }
    live.put(callId, control);
    return control;
  }

  void ended(String callId) {
    live.remove(callId);
  }

  @Override
  public boolean setMuted(String callId, boolean on) {
    Optional<Handle> h = handle(callId);
    h.ifPresent(
        s -> {
          s.mute().accept(on);
          log.info("call {}: {}", callId, on ? "muted" : "unmuted");
        });
    return h.isPresent();
  }

  @Override
  public boolean sendDtmf(String callId, char digit) {
    Optional<Handle> h = handle(callId);
    if (h.isEmpty()) {
      return false;
    }
    try {
      h.get().session().sendDtmf(digit);
      return true;
    } catch (IllegalStateException e) {
      log.info("call {}: DTMF {} not sent: {}", callId, digit, e.getMessage());
      return false;
    }
  }

  private Optional<Handle> handle(String callId) {
    Control c = live.get(callId);
    if (c == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(c.session.get(OPEN_WAIT_MS, TimeUnit.MILLISECONDS));
    } catch (TimeoutException | ExecutionException e) {
      log.info("call {}: its audio is not ready ({})", callId, e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** A running session and how to mute it. */
  private record Handle(MediaSession session, Consumer<Boolean> mute) {}

  /**
   * One live call: its session once the devices are open; closing before that still frees the
   * socket.
   */
  private final class Control implements MediaSession {
    private final CompletableFuture<Handle> session;
    private final RtpSocket socket;
    private boolean closed;
    private volatile boolean sending = true;
    private volatile boolean receiving = true;
    private volatile java.net.InetSocketAddress remote;

    Control(CompletableFuture<Handle> session, RtpSocket socket) {
      this.session = session;
      this.socket = socket;
    }

    void openOrFail(String callId, RtpEndpoint endpoint, Runnable failed) {
      try {
        open(callId, endpoint, failed);
      } catch (RuntimeException e) {
        log.error("call {}: could not start its audio; the call goes on without it", callId, e);
        session.completeExceptionally(e);
      }
    }

    private void open(String callId, RtpEndpoint endpoint, Runnable failed) {
      LiveSession s =
          new LiveSession(
              socket,
              endpoint,
              devices.openInput(),
              devices.openOutput(),
              pacer,
              new Listener(callId, failed, deviceListeners));
      synchronized (this) {
        if (closed) {
          s.close();
          return;
        }
        s.start();
      }
      session.complete(new Handle(s, s::setMuted));
    }

    @Override
    public void start() {
      // started by LiveCallAudio.start
    }

    @Override
    public void sendDtmf(char digit) {
      session.thenAccept(h -> h.session().sendDtmf(digit));
    }

    /** Applied now, or as soon as the devices are open (always the latest address). */
    @Override
    public void remoteChanged(java.net.InetSocketAddress remote) {
      this.remote = remote;
      session.thenAccept(h -> h.session().remoteChanged(this.remote));
    }

    /** Applied now, or as soon as the devices are open (always the latest direction). */
    @Override
    public void setDirection(boolean send, boolean receive) {
      sending = send;
      receiving = receive;
      session.thenAccept(h -> h.session().setDirection(sending, receiving));
    }

    @Override
    public void stop() {
      close();
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      Handle h = session.getNow(null);
      if (h != null) {
        h.session().close();
        return;
      }
      session.completeExceptionally(new IllegalStateException("the call ended"));
      try {
        socket.close();
      } catch (IOException e) {
        log.warn("closing an RTP socket failed", e);
      }
    }
  }

  @Override
  public void addDeviceListener(Consumer<Devices> listener) {
    deviceListeners.add(listener);
  }

  /** Logs what the devices and the caller do, and tells the device listeners. */
  private record Listener(String callId, Runnable failed, List<Consumer<Devices>> deviceListeners)
      implements LiveSessionListener {
    @Override
    public void ended() {
      log.warn("call {}: its audio ended by itself; hanging up", callId);
      failed.run();
    }

    @Override
    public void devices(DeviceState state) {
      Devices report = new Devices(callId, state);
      deviceListeners.forEach(l -> l.accept(report));
      if (state.usable()) {
        log.info("call {}: microphone {}, speaker {}", callId, state.microphone(), state.speaker());
      } else {
        log.warn(
            "call {}: no usable sound device (microphone: {}, speaker: {}); the caller hears silence",
            callId,
            state.microphoneProblem().map(Object::toString).orElse("ok"),
            state.speakerProblem().map(Object::toString).orElse("ok"));
      }
    }

    @Override
    public void dtmf(Dtmf event) {
      log.info("call {}: the other side pressed {}", callId, event.digit());
    }
  }
}
