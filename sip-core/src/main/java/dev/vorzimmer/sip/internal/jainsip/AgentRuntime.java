package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.CallInfo;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.IncomingCallPolicy;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.sip.SipSettings;
import dev.vorzimmer.sip.internal.AdvertisedAddress;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ListenerBus;
import dev.vorzimmer.sip.internal.LocalAddress;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@link dev.vorzimmer.sip.SipAgent} does behind its public methods: the agent's life (start,
 * reconfigure with a new {@link JainSipEngine}, shutdown), its settings and listeners, and the gate
 * of the call commands (a running agent and a call it has reported).
 */
public final class AgentRuntime {

  private static final String LOCAL_USER = "vorzimmer";
  private static final Duration LISTENER_DRAIN = Duration.ofSeconds(2);

  private volatile SipSettings settings;
  private volatile CallSettings callSettings;
  private final IncomingCallPolicy policy;
  private final CallMedia media;
  private final AgentTuning tuning;
  private final ListenerBus bus;
  private volatile JainSipEngine engine;
  private volatile boolean stopped;
  private volatile LocalAddress.Chooser addressChooser = LocalAddress.KERNEL;

  /** Validates and keeps the settings; does not touch the network. */
  public AgentRuntime(
      SipSettings settings,
      CallSettings calls,
      IncomingCallPolicy policy,
      CallMedia media,
      AgentTuning tuning) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.callSettings = Objects.requireNonNull(calls, "calls");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.media = Objects.requireNonNull(media, "media");
    this.tuning = Objects.requireNonNull(tuning, "tuning");
    this.bus =
        new ListenerBus(
            new RegistrationEvent(
                RegistrationState.UNREGISTERED, aor(), 0, Optional.empty(), "not started"));
  }

  /** Advertises the address {@code chooser} picks instead of asking the kernel (before start). */
  public void chooseAddressesWith(LocalAddress.Chooser chooser) {
    addressChooser = Objects.requireNonNull(chooser, "chooser");
  }

  /** Adds a listener for events from now on. */
  public void addListener(SipAgentListener listener) {
    bus.add(listener);
  }

  /** Binds and starts registering (or enters the local line); only once. */
  public synchronized void start() throws IOException {
    if (engine != null || stopped) {
      throw new IllegalStateException("SipAgent can be started only once");
    }
    launch();
  }

  /** Ends calls and unregisters the old engine, then starts one with {@code next}. */
  public synchronized void reconfigure(SipSettings next, Duration timeout) throws IOException {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(timeout, "timeout");
    if (stopped) {
      throw new IllegalStateException("SipAgent was shut down");
    }
    JainSipEngine old = engine;
    settings = next;
    if (old == null) {
      return;
    }
    engine = null;
    old.shutdown(timeout);
    launch();
  }

  /** Call settings for the calls that arrive from now on. */
  public void updateCalls(CallSettings next) {
    callSettings = Objects.requireNonNull(next, "next");
  }

  private void launch() throws IOException {
    String contactUser = settings.account().map(AccountConfig::user).orElse(LOCAL_USER);
    engine =
        JainSipEngine.start(
            settings,
            tuning,
            bus,
            new JainSipEngine.CallWiring(contactUser, aor(), () -> callSettings, policy, media),
            addressChooser);
    if (settings.account().isEmpty()) {
      String stun = engine.stunProblem().isEmpty() ? "" : "; note: " + engine.stunProblem();
      bus.publish(
          new RegistrationEvent(
              RegistrationState.LOCAL_LINE,
              aor(),
              0,
              Optional.empty(),
              "no account configured; reachable at " + localUri() + stun));
    }
  }

  /** The latest registration event. */
  public RegistrationEvent registration() {
    return bus.latest();
  }

  /** Starts a fresh registration attempt. */
  public void reRegister() {
    running().reRegister();
  }

  /**
   * Runs {@code command} on the running engine's call commands if the agent has reported {@code
   * callId} and not yet ended it; false otherwise.
   */
  public boolean command(String callId, Consumer<CallCommands> command) {
    JainSipEngine running = engine;
    if (running == null || stopped || callId == null || bus.call(callId) == null) {
      return false;
    }
    command.accept(running.commands());
    return true;
  }

  /** Places a call to {@code target} (a URI or a number) and returns its Call-ID. */
  public String call(String target) {
    String uri = CallTargets.resolve(target, settings.account());
    JainSipEngine running = running();
    String callId = running.newCallId();
    running.commands().place(callId, uri, target.strip());
    return callId;
  }

  /** The calls not yet ended, as last reported. */
  public List<CallInfo> calls() {
    return bus.calls();
  }

  /** The URI we can be called on, with the address we advertise. */
  public String localUri() {
    String user = settings.account().map(AccountConfig::user).orElse(LOCAL_USER);
    JainSipEngine running = engine;
    AdvertisedAddress address =
        running != null
            ? running.advertised()
            : AdvertisedAddress.probe(
                settings.listenHost(), settings.listenPort(), Optional.empty());
    return "sip:" + user + "@" + address.contactHost() + ":" + address.contactPort();
  }

  /**
   * Ends every call, unregisters and releases the ports, bounded by {@code timeout}. Idempotent.
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
    // the last call events (calls ended by stopping) still reach background listeners
    bus.close(timeout.compareTo(LISTENER_DRAIN) < 0 ? timeout : LISTENER_DRAIN);
  }

  private JainSipEngine running() {
    JainSipEngine running = engine;
    if (running == null || stopped) {
      throw new IllegalStateException("SipAgent is not running");
    }
    return running;
  }

  private String aor() {
    return settings.account().map(AccountConfig::aor).orElseGet(this::localUri);
  }
}
