package dev.vorzimmer.sip;

import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.LocalAddress;
import dev.vorzimmer.sip.internal.jainsip.AgentRuntime;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

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

  private final AgentRuntime runtime;

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
    this.runtime = new AgentRuntime(settings, calls, policy, media, tuning);
  }

  /**
   * For tests: choose the advertised address with {@code chooser} instead of asking the kernel
   * (before start).
   */
  void chooseAddressesWith(LocalAddress.Chooser chooser) {
    runtime.chooseAddressesWith(chooser);
  }

  /** Adds a listener for events from now on; call before {@link #start()} to see every state. */
  public void addListener(SipAgentListener listener) {
    runtime.addListener(listener);
  }

  /**
   * Binds the listen address and starts registering (or enters {@link
   * RegistrationState#LOCAL_LINE}).
   *
   * @throws IOException if the listen address cannot be bound, for example because the port is
   *     taken
   * @throws IllegalStateException if called twice or after shutdown
   */
  public void start() throws IOException {
    runtime.start();
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
  public void reconfigure(SipSettings next, Duration timeout) throws IOException {
    runtime.reconfigure(next, timeout);
  }

  /**
   * Applies new call settings (ring time, busy action, call limit) to the calls that arrive from
   * now on, without touching registration or running calls. Trusted hosts apply at the next {@link
   * #reconfigure} (or start).
   */
  public void updateCalls(CallSettings next) {
    runtime.updateCalls(next);
  }

  /** The latest registration event (initially {@code UNREGISTERED}, "not started"). */
  public RegistrationEvent registration() {
    return runtime.registration();
  }

  /** Starts a fresh registration attempt, for example after the user fixed the password. */
  public void reRegister() {
    runtime.reRegister();
  }

  /** Answers a ringing incoming call: 200 OK with SDP, live audio once the caller ACKs. */
  public boolean answer(String callId) {
    return runtime.command(callId, c -> c.answer(callId));
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
    return runtime.command(callId, c -> c.decline(callId, status));
  }

  /** Hands a ringing incoming call to the answering machine (greeting "default"). */
  public boolean sendToVoicemail(String callId) {
    return runtime.command(callId, c -> c.sendToVoicemail(callId));
  }

  /**
   * Ends a call in any state: an incoming call not yet answered is declined (603), an outgoing call
   * not yet answered is cancelled (CANCEL), a connected call gets BYE.
   */
  public boolean hangUp(String callId) {
    return runtime.command(callId, c -> c.hangUp(callId));
  }

  /**
   * Puts an active call on hold ({@code true}: re-INVITE with a=sendonly) or resumes it
   * (a=sendrecv).
   */
  public boolean hold(String callId, boolean on) {
    return runtime.command(callId, c -> c.hold(callId, on));
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
    return runtime.call(target);
  }

  /** The calls not yet ended, as last reported. */
  public List<CallInfo> calls() {
    return runtime.calls();
  }

  /**
   * The URI we can be called on: {@code sip:user@host:port} ({@code vorzimmer} on a local line)
   * with the address we advertise: never a wildcard, but the local address that routes to the
   * registrar (or, on a local line, the one of the default route; loopback only when there is
   * nothing else), or the public one the registrar saw.
   */
  public String localUri() {
    return runtime.localUri();
  }

  /**
   * Ends every call (BYE to connected calls, CANCEL to unanswered outgoing ones, 480 to incoming
   * ones still screening or ringing; their media is closed, so recordings are finished),
   * unregisters (REGISTER with expires 0), then releases the ports. All of it is bounded by {@code
   * timeout} (plus at most a second when peers do not answer). Idempotent.
   */
  public void shutdown(Duration timeout) {
    runtime.shutdown(timeout);
  }

  /** Same as {@code shutdown(Duration.ofSeconds(2))}. */
  @Override
  public void close() {
    shutdown(Duration.ofSeconds(2));
  }
}
