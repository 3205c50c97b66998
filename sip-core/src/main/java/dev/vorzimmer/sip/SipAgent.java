package dev.vorzimmer.sip;

import dev.vorzimmer.sip.internal.AdvertisedAddress;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.ListenerBus;
import dev.vorzimmer.sip.internal.LocalAddress;
import dev.vorzimmer.sip.internal.jainsip.CallTargets;
import dev.vorzimmer.sip.internal.jainsip.JainSipEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The softphone's SIP user agent: listens on UDP and TCP, registers the configured account (digest
 * auth, refresh, retry with backoff, NAT keep-alive) or, without an account, runs as a local line.
 *
 * <p>Every incoming INVITE is screened before anything rings: ghost calls (registered mode: not
 * from our registrar or a trusted host, or not for our user) get 403; the others are put to the
 * {@link IncomingCallPolicy}, which rings, sends to voicemail or rejects. Outgoing calls go through
 * the account's outbound proxy, else its registrar (found through DNS on every registration
 * attempt).
 *
 * <p>State changes are published to {@link SipAgentListener}s on the agent's single SIP event
 * thread. Methods may be called from any thread; the call commands ({@link #answer}, {@link
 * #decline}, {@link #hangUp} …) only post the command to that thread and return at once. They take
 * the Call-ID of a call the agent has reported (by a {@link CallEvent}) and not yet ended and
 * return {@code true}; for any other id, or when the agent is not running, they do nothing and
 * return {@code false} (so a hang-up racing the caller's BYE is harmless). A command that no longer
 * fits the call's state when it runs is logged and ignored. Lifecycle: construct, {@link #start()},
 * {@link #shutdown(Duration)} or {@link #close()}; an agent is not restartable.
 */
public final class SipAgent implements AutoCloseable {

  private static final String LOCAL_USER = "vorzimmer";

  private volatile SipSettings settings;
  private volatile CallSettings callSettings;
  private final IncomingCallPolicy policy;
  private final CallMedia media;
  private final AgentTuning tuning;
  private final ListenerBus bus;
  private volatile JainSipEngine engine;
  private volatile boolean stopped;
  private volatile LocalAddress.Chooser addressChooser = LocalAddress.KERNEL;

  /**
   * An agent that rings every call and has no media ({@link CallSettings#defaults()}); no network
   * yet.
   */
  public SipAgent(SipSettings settings) {
    this(settings, CallSettings.defaults(), IncomingCallPolicy.RING_ALL, CallMedia.NONE);
  }

  /**
   * An agent that screens incoming calls with {@code policy} and runs their audio with {@code
   * media}. Validates the settings; does not touch the network.
   */
  public SipAgent(
      SipSettings settings, CallSettings calls, IncomingCallPolicy policy, CallMedia media) {
    this(settings, calls, policy, media, AgentTuning.defaults());
  }

  /** For tests: shorter timers. */
  SipAgent(SipSettings settings, AgentTuning tuning) {
    this(settings, CallSettings.defaults(), IncomingCallPolicy.RING_ALL, CallMedia.NONE, tuning);
  }

  /** For tests: shorter timers. */
  SipAgent(
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

  /**
   * For tests: choose the advertised address with {@code chooser} instead of asking the kernel
   * (before start).
   */
  void chooseAddressesWith(LocalAddress.Chooser chooser) {
    addressChooser = Objects.requireNonNull(chooser, "chooser");
  }

  /** Adds a listener for events from now on; call before {@link #start()} to see every state. */
  public void addListener(SipAgentListener listener) {
    bus.add(listener);
  }

  /**
   * Binds the listen address and starts registering (or enters {@link
   * RegistrationState#LOCAL_LINE}).
   *
   * @throws IOException if the listen address cannot be bound, for example because the port is
   *     taken
   * @throws IllegalStateException if called twice or after shutdown
   */
  public synchronized void start() throws IOException {
    if (engine != null || stopped) {
      throw new IllegalStateException("SipAgent can be started only once");
    }
    launch();
  }

  /**
   * Switches the running agent to {@code next} (another account, password, transport or listen
   * address), for example after the user saved the account settings: ends all calls, unregisters
   * the old account (bounded by {@code timeout}), then binds and registers with {@code next}.
   * Listeners stay subscribed and see the new registration states. Not started yet: only the
   * settings are replaced.
   *
   * @throws IOException if the new listen address cannot be bound (the agent then stays stopped
   *     until the next successful reconfigure)
   * @throws IllegalStateException after shutdown
   */
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

  /**
   * Applies new call settings (ring time, busy action, call limit) to the calls that arrive from
   * now on, without touching registration or running calls. Trusted hosts apply at the next {@link
   * #reconfigure} (or start).
   */
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

  /** The latest registration event (initially {@code UNREGISTERED}, "not started"). */
  public RegistrationEvent registration() {
    return bus.latest();
  }

  /** Starts a fresh registration attempt, for example after the user fixed the password. */
  public void reRegister() {
    running().reRegister();
  }

  /** Answers a ringing incoming call: 200 OK with SDP, live audio once the caller ACKs. */
  public boolean answer(String callId) {
    return command(callId, e -> e.answer(callId));
  }

  /** Declines a screening or ringing incoming call with 603 Decline. */
  public boolean decline(String callId) {
    return decline(callId, 603);
  }

  /**
   * Declines a screening or ringing incoming call with {@code status} (for example 486 Busy Here).
   *
   * @throws IllegalArgumentException when {@code status} is not 400..699
   */
  public boolean decline(String callId, int status) {
    if (status < 400 || status > 699) {
      throw new IllegalArgumentException("decline status must be 400..699 but was " + status);
    }
    return command(callId, e -> e.decline(callId, status));
  }

  /** Hands a ringing incoming call to the answering machine (greeting "default"). */
  public boolean sendToVoicemail(String callId) {
    return command(callId, e -> e.sendToVoicemail(callId));
  }

  /**
   * Ends a call in any state: an incoming call not yet answered is declined (603), an outgoing call
   * not yet answered is cancelled (CANCEL), a connected call gets BYE.
   */
  public boolean hangUp(String callId) {
    return command(callId, e -> e.hangUp(callId));
  }

  /**
   * Puts an active call on hold ({@code true}: re-INVITE with a=sendonly) or resumes it
   * (a=sendrecv).
   */
  public boolean hold(String callId, boolean on) {
    return command(callId, e -> e.hold(callId, on));
  }

  /**
   * Calls {@code target}: a {@code sip:} URI, a {@code tel:} URI or a normalised number ({@code
   * +4930…}), which becomes {@code sip:<number>@<domain>;user=phone} (a local line needs a full
   * {@code sip:} URI). The INVITE goes via the registrar; progress is reported as {@link
   * CallEvent}s under the returned Call-ID.
   *
   * @return the new call's Call-ID
   * @throws IllegalArgumentException if the target is not callable
   * @throws IllegalStateException if the agent is not running
   */
  public String call(String target) {
    String uri = CallTargets.resolve(target, settings.account());
    JainSipEngine running = running();
    String callId = running.newCallId();
    running.call(callId, uri, target.strip());
    return callId;
  }

  /** The calls not yet ended, as last reported. */
  public List<CallInfo> calls() {
    return bus.calls();
  }

  /**
   * The URI we can be called on: {@code sip:user@host:port} ({@code vorzimmer} on a local line)
   * with the address we advertise: never a wildcard, but the local address that routes to the
   * registrar (or, on a local line, the one of the default route; loopback only when there is
   * nothing else), or the public one the registrar saw.
   */
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
   * Ends every call (BYE to connected calls, CANCEL to unanswered outgoing ones, 480 to incoming
   * ones still screening or ringing; their media is closed, so recordings are finished),
   * unregisters (REGISTER with expires 0), then releases the ports. All of it is bounded by {@code
   * timeout} (plus at most a second when peers do not answer). Idempotent.
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

  private JainSipEngine running() {
    JainSipEngine running = engine;
    if (running == null || stopped) {
      throw new IllegalStateException("SipAgent is not running");
    }
    return running;
  }

  /** Posts {@code action} if the engine runs and knows the call; false otherwise. */
  private boolean command(String callId, Consumer<JainSipEngine> action) {
    JainSipEngine running = engine;
    if (running == null || stopped || callId == null || bus.call(callId) == null) {
      return false;
    }
    action.accept(running);
    return true;
  }

  private String aor() {
    return settings.account().map(AccountConfig::aor).orElseGet(this::localUri);
  }
}
