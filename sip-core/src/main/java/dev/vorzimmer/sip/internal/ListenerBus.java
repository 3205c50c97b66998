package dev.vorzimmer.sip.internal;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.SipAgentListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to listeners; a failing listener is logged and does not stop the others. */
public final class ListenerBus {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerBus.class);

    private final List<SipAgentListener> listeners = new CopyOnWriteArrayList<>();
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
}
