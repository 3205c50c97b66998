package dev.vorzimmer.sip;

import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ListenerBus;
import dev.vorzimmer.sip.internal.jainsip.JainSipEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The softphone's SIP user agent: listens on UDP and TCP, registers the configured account (digest auth,
 * refresh, retry with backoff, NAT keep-alive) or, without an account, runs as a local line.
 *
 * <p>State changes are published to {@link SipAgentListener}s on the agent's single SIP event thread.
 * Methods may be called from any thread. Lifecycle: construct, {@link #start()}, {@link #shutdown(Duration)}
 * or {@link #close()}; an agent is not restartable.
 */
public final class SipAgent implements AutoCloseable {

    private static final String LOCAL_USER = "vorzimmer";

    private final SipSettings settings;
    private final AgentTuning tuning;
    private final ListenerBus bus;
    private volatile JainSipEngine engine;
    private volatile boolean stopped;

    /** Validates the settings; does not touch the network. */
    public SipAgent(SipSettings settings) {
        this(settings, AgentTuning.defaults());
    }

    /** For tests: shorter timers. */
    SipAgent(SipSettings settings, AgentTuning tuning) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
        this.bus = new ListenerBus(new RegistrationEvent(RegistrationState.UNREGISTERED, aor(), 0,
                Optional.empty(), "not started"));
    }

    /** Adds a listener for events from now on; call before {@link #start()} to see every state. */
    public void addListener(SipAgentListener listener) {
        bus.add(listener);
    }

    /**
     * Binds the listen address and starts registering (or enters {@link RegistrationState#LOCAL_LINE}).
     *
     * @throws IOException           if the listen address cannot be bound, for example because the port is taken
     * @throws IllegalStateException if called twice or after shutdown
     */
    public synchronized void start() throws IOException {
        if (engine != null || stopped) {
            throw new IllegalStateException("SipAgent can be started only once");
        }
        engine = JainSipEngine.start(settings, tuning, bus);
        if (settings.account().isEmpty()) {
            bus.publish(new RegistrationEvent(RegistrationState.LOCAL_LINE, aor(), 0, Optional.empty(),
                    "no account configured; reachable at " + localUri()));
        }
    }

    /** The latest registration event (initially {@code UNREGISTERED}, "not started"). */
    public RegistrationEvent registration() {
        return bus.latest();
    }

    /** Starts a fresh registration attempt, for example after the user fixed the password. */
    public void reRegister() {
        JainSipEngine running = engine;
        if (running == null || stopped) {
            throw new IllegalStateException("SipAgent is not running");
        }
        running.reRegister();
    }

    /** The URI we can be called on: {@code sip:user@listenHost:listenPort} ({@code vorzimmer} on a local line). */
    public String localUri() {
        String user = settings.account().map(AccountConfig::user).orElse(LOCAL_USER);
        return "sip:" + user + "@" + settings.listenHost() + ":" + settings.listenPort();
    }

    /**
     * Unregisters (REGISTER with expires 0) and waits up to {@code timeout} for the registrar's answer, then
     * releases the ports. Idempotent.
     */
    public synchronized void shutdown(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (stopped) {
            return;
        }
        stopped = true;
        if (engine != null) {
            engine.shutdown(timeout);
        }
    }

    /** Same as {@code shutdown(Duration.ofSeconds(2))}. */
    @Override
    public void close() {
        shutdown(Duration.ofSeconds(2));
    }

    private String aor() {
        return settings.account().map(AccountConfig::aor).orElseGet(this::localUri);
    }
}
