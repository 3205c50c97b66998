package dev.vorzimmer.sip.internal;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallInfo;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.ChallengeEvent;
import dev.vorzimmer.sip.DtmfEvent;
import dev.vorzimmer.sip.GhostCall;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.SipAgentListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans events out to listeners; a failing listener is logged and does not stop the others.
 * Listeners with {@link SipAgentListener.Delivery#EVENT_THREAD} get each event on the publishing
 * thread (the SIP event thread), those with {@link SipAgentListener.Delivery#BACKGROUND} on one
 * listener thread of this bus, in publication order, at most {@link #PACE} late under load; that
 * thread exists from the first such listener until {@link #close(Duration)}.
 */
public final class ListenerBus {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerBus.class);

  /** Events a background listener may fall behind before newer ones are dropped for it. */
  static final int MAX_BEHIND = 10_000;

  /**
   * Under load the listener thread wakes at most this often (see {@link ListenerLane}): what a
   * background listener shows or prints may be this much late during a flood.
   */
  static final Duration PACE = Duration.ofMillis(5);

  private final List<SipAgentListener> onEventThread = new CopyOnWriteArrayList<>();
  private final List<SipAgentListener> background = new CopyOnWriteArrayList<>();
  private final Map<String, CallInfo> calls = new ConcurrentHashMap<>();
  private final AtomicLong dropped = new AtomicLong();
  private volatile ListenerLane worker;
  private volatile RegistrationEvent latest;

  /** Creates a bus whose {@link #latest()} starts as {@code initial}. */
  public ListenerBus(RegistrationEvent initial) {
    this.latest = Objects.requireNonNull(initial, "initial");
  }

  /** Adds a listener where it asks to be called; it receives events published from now on. */
  public synchronized void add(SipAgentListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (listener.delivery() == SipAgentListener.Delivery.BACKGROUND) {
      if (worker == null) {
        worker = newWorker();
      }
      background.add(listener);
    } else {
      onEventThread.add(listener);
    }
  }

  private static ListenerLane newWorker() {
    return new ListenerLane("vorzimmer-sip-listeners", MAX_BEHIND, PACE, System::nanoTime);
  }

  /** The most recently published registration event. */
  public RegistrationEvent latest() {
    return latest;
  }

  /** Records the event as latest and delivers it to every listener. */
  public void publish(RegistrationEvent event) {
    latest = event;
    LOG.info("registration {} for {}: {}", event.state(), event.aor(), event.reason());
    deliver(event, SipAgentListener::onRegistration, e -> "registration event " + e.state());
  }

  /** Updates the snapshot of current calls and delivers the event to every listener. */
  public void publishCall(CallEvent event) {
    if (event.state() == CallState.ENDED) {
      calls.remove(event.callId());
    } else {
      calls.put(
          event.callId(),
          new CallInfo(
              event.callId(),
              event.incoming(),
              event.state(),
              event.peer(),
              event.displayName(),
              event.security()));
    }
    log(event);
    deliver(event, SipAgentListener::onCall, e -> "call event " + e.callId() + " " + e.state());
  }

  /**
   * Every state change is logged at INFO by the call's transition ({@code CallLifecycle}); this
   * line adds the peer, outcome and protection. INFO once a call is connected, DEBUG otherwise (a
   * flood of rejected calls would write it for every call).
   */
  private static void log(CallEvent event) {
    boolean connected = event.state() == CallState.ACTIVE || event.state() == CallState.VOICEMAIL;
    if (connected || LOG.isDebugEnabled()) {
      String line =
          "call "
              + event.callId()
              + " "
              + event.state()
              + " ("
              + event.peer()
              + "): "
              + event.reason()
              + event.outcome().map(o -> " -> " + o).orElse("")
              + securityNote(event);
      if (connected) {
        LOG.info(line);
      } else {
        LOG.debug(line);
      }
    }
  }

  private static String securityNote(CallEvent event) {
    return switch (event.security().level()) {
      case FULL -> " [TLS+SRTP]";
      case MEDIA_ONLY -> " [SRTP]";
      case SIGNALLING_ONLY -> " [TLS]";
      case NONE -> "";
    };
  }

  /** Delivers a refused ghost INVITE to every listener (not logged: there may be floods). */
  public void publishGhost(GhostCall ghost) {
    deliver(ghost, SipAgentListener::onGhostCall, g -> "ghost call " + g.callId());
  }

  /** Delivers a key press received as SIP INFO to every listener. */
  public void publishDtmf(DtmfEvent event) {
    LOG.info(
        "call {}: key {} by SIP INFO ({})", event.callId(), event.digit(), event.contentType());
    deliver(event, SipAgentListener::onDtmf, e -> "DTMF " + e.digit() + " of call " + e.callId());
  }

  /** Tells every listener how a robot challenge ended. */
  public void publishChallenge(ChallengeEvent event) {
    LOG.info(
        "call {}: challenge {} after {} ms",
        event.callId(),
        event.step(),
        event.elapsed().toMillis());
    deliver(event, SipAgentListener::onChallenge, e -> "challenge of call " + e.callId());
  }

  /** The calls not yet ended, as of the latest published events. */
  public List<CallInfo> calls() {
    return List.copyOf(calls.values());
  }

  /** The current state of a call, or null if it is unknown or over. */
  public CallInfo call(String callId) {
    return calls.get(callId);
  }

  /**
   * Delivers what the background listeners still have queued (waiting up to {@code timeout}) and
   * stops their thread; events published later reach them on the publishing thread. Idempotent.
   */
  public void close(Duration timeout) {
    ListenerLane running;
    synchronized (this) {
      running = worker;
    }
    if (running == null || running.isShutdown()) {
      return;
    }
    int left = running.stop(timeout);
    if (left > 0) {
      LOG.warn(
          "background listeners did not finish within {} ms; {} events left undelivered",
          timeout.toMillis(),
          left);
    }
  }

  private <T> void deliver(
      T event, BiConsumer<SipAgentListener, T> method, Function<T, String> what) {
    for (SipAgentListener listener : onEventThread) {
      call(listener, event, method, what);
    }
    if (background.isEmpty()) {
      return;
    }
    Runnable later =
        () -> {
          reportDropped();
          for (SipAgentListener listener : background) {
            call(listener, event, method, what);
          }
        };
    if (!worker.submit(later)) {
      dropped.incrementAndGet();
    }
  }

  private void reportDropped() {
    long missed = dropped.getAndSet(0);
    if (missed > 0) {
      LOG.warn(
          "background listeners fell {} events behind; {} events were not delivered to them",
          MAX_BEHIND,
          missed);
    }
  }

  private static <T> void call(
      SipAgentListener listener,
      T event,
      BiConsumer<SipAgentListener, T> method,
      Function<T, String> what) {
    try {
      method.accept(listener, event);
    } catch (RuntimeException e) {
      LOG.warn("listener {} failed on {}", listener, what.apply(event), e);
    }
  }
}
