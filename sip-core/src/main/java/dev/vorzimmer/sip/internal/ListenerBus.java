package dev.vorzimmer.sip.internal;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallInfo;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.DtmfEvent;
import dev.vorzimmer.sip.GhostCall;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.SipAgentListener;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to listeners; a failing listener is logged and does not stop the others. */
public final class ListenerBus {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerBus.class);

  private final List<SipAgentListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, CallInfo> calls = new ConcurrentHashMap<>();
  private volatile RegistrationEvent latest;

  /** Creates a bus whose {@link #latest()} starts as {@code initial}. */
  public ListenerBus(RegistrationEvent initial) {
    this.latest = Objects.requireNonNull(initial, "initial");
  }

  /** Adds a listener; it receives events published from now on. */
  public void add(SipAgentListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** The most recently published registration event. */
  public RegistrationEvent latest() {
    return latest;
  }

  /** Records the event as latest and delivers it to every listener on the calling thread. */
  public void publish(RegistrationEvent event) {
    latest = event;
    LOG.info("registration {} for {}: {}", event.state(), event.aor(), event.reason());
    for (SipAgentListener listener : listeners) {
      try {
        listener.onRegistration(event);
      } catch (RuntimeException e) {
        LOG.warn("listener {} failed on registration event {}", listener, event.state(), e);
      }
    }
  }

  /**
   * Updates the snapshot of current calls and delivers the event to every listener on the calling
   * thread.
   */
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
    LOG.info(
        "call {} {} ({}): {}{}",
        event.callId(),
        event.state(),
        event.peer(),
        event.reason(),
        event.outcome().map(o -> " -> " + o).orElse("") + securityNote(event));
    for (SipAgentListener listener : listeners) {
      try {
        listener.onCall(event);
      } catch (RuntimeException e) {
        LOG.warn(
            "listener {} failed on call event {} {}", listener, event.callId(), event.state(), e);
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

  /**
   * Delivers a refused ghost INVITE to every listener on the calling thread (not logged: there may
   * be floods).
   */
  public void publishGhost(GhostCall ghost) {
    for (SipAgentListener listener : listeners) {
      try {
        listener.onGhostCall(ghost);
      } catch (RuntimeException e) {
        LOG.warn("listener {} failed on ghost call {}", listener, ghost.callId(), e);
      }
    }
  }

  /** Delivers a key press received as SIP INFO to every listener on the calling thread. */
  public void publishDtmf(DtmfEvent event) {
    LOG.info(
        "call {}: key {} by SIP INFO ({})", event.callId(), event.digit(), event.contentType());
    for (SipAgentListener listener : listeners) {
      try {
        listener.onDtmf(event);
      } catch (RuntimeException e) {
        LOG.warn(
            "listener {} failed on DTMF {} of call {}", listener, event.digit(), event.callId(), e);
      }
    }
  }

  /** Tells every listener how a robot challenge ended. */
  public void publishChallenge(dev.vorzimmer.sip.ChallengeEvent event) {
    LOG.info(
        "call {}: challenge {} after {} ms",
        event.callId(),
        event.step(),
        event.elapsed().toMillis());
    for (SipAgentListener listener : listeners) {
      try {
        listener.onChallenge(event);
      } catch (RuntimeException e) {
        LOG.warn("listener {} failed on challenge of call {}", listener, event.callId(), e);
      }
    }
  }

  /** The calls not yet ended, as of the latest published events. */
  public List<CallInfo> calls() {
    return List.copyOf(calls.values());
  }

  /** The current state of a call, or null if it is unknown or over. */
  public CallInfo call(String callId) {
    return calls.get(callId);
  }
}
