package dev.vorzimmer.sip;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the agent handles calls.
 *
 * @param ringTimeout how long a call may ring unanswered before the answering machine takes it
 * @param busyAction what to do with a call that should ring while the user is in another call
 * @param trustedHosts hosts besides the registrar whose INVITEs are accepted in registered mode and
 *     whose P-Asserted-Identity / Remote-Party-ID are believed: {@code host} (name or IP, any port)
 *     or {@code host:port}; the registrar itself is trusted on its address and port only
 * @param maxCalls most calls handled at once (intercepts and calls still waiting for the policy's
 *     decision not counted, see {@code maxIntercepts} and {@code maxPendingDecisions}); further
 *     INVITEs get 503 with {@code Retry-After} so a flood cannot exhaust memory
 * @param machineCallLimit longest a call the answering machine took may last (greeting, beep and
 *     message); then sip-core sends BYE, whatever the media side does
 * @param liveCallLimit longest a call the user talks on may last; then BYE (a stuck call never
 *     stays forever)
 * @param maxIntercepts most intercepts (183 with SIT + "not available", then the final status)
 *     playing at once; beyond it an intercepted call gets its final status at once, without early
 *     media. Intercepts have their own slots: they never count against {@code maxCalls}, so a robot
 *     flood cannot keep a contact from ringing
 * @param maxPendingDecisions most calls waiting for the policy's decision at once: at this backlog
 *     the phone is overloaded and refuses new INVITEs with 503 + {@code Retry-After} before they
 *     are screened (a transport-level refusal that also hits contacts, see ARCHITECTURE
 *     "Overload"), until the backlog is down to half of it; a call whose decision times out during
 *     such an overload gets the same 503 instead of the answering machine
 * @param retryAfter the {@code Retry-After} of those 503s (whole seconds, RFC 3261 §20.33)
 */
public record CallSettings(
    Duration ringTimeout,
    BusyAction busyAction,
    List<String> trustedHosts,
    int maxCalls,
    Duration machineCallLimit,
    Duration liveCallLimit,
    int maxIntercepts,
    int maxPendingDecisions,
    Duration retryAfter) {

  /** Default {@link #machineCallLimit}: a 180 s message plus two minutes for greeting and beep. */
  public static final Duration DEFAULT_MACHINE_CALL_LIMIT = Duration.ofSeconds(180 + 120);

  /** Default {@link #liveCallLimit}: 12 hours. */
  public static final Duration DEFAULT_LIVE_CALL_LIMIT = Duration.ofHours(12);

  /** Default {@link #maxIntercepts}. */
  public static final int DEFAULT_MAX_INTERCEPTS = 20;

  /**
   * Default {@link #maxPendingDecisions}: a decision takes well under a millisecond when the phone
   * keeps up, but a garbage collection or a slow disk can stall it for a few hundred milliseconds,
   * during which a flood of 1,600 calls/s leaves about 500 calls waiting that are decided within
   * milliseconds afterwards. 1,000 waiting calls (about 10 MB of transactions) mean it does not
   * keep up. (A limit of 50 turned such stalls into hundreds of 503s at 800 calls/s:
   * docs/BENCHMARKS.md.)
   */
  public static final int DEFAULT_MAX_PENDING_DECISIONS = 1_000;

  /** Default {@link #retryAfter}: short, so a provider that marks us down does so briefly. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(10);

  /** Settings with the default call length limits and overload limits. */
  public CallSettings(
      Duration ringTimeout, BusyAction busyAction, List<String> trustedHosts, int maxCalls) {
    this(
        ringTimeout,
        busyAction,
        trustedHosts,
        maxCalls,
        DEFAULT_MACHINE_CALL_LIMIT,
        DEFAULT_LIVE_CALL_LIMIT);
  }

  /** Settings with the default overload limits. */
  public CallSettings(
      Duration ringTimeout,
      BusyAction busyAction,
      List<String> trustedHosts,
      int maxCalls,
      Duration machineCallLimit,
      Duration liveCallLimit) {
    this(
        ringTimeout,
        busyAction,
        trustedHosts,
        maxCalls,
        machineCallLimit,
        liveCallLimit,
        DEFAULT_MAX_INTERCEPTS,
        DEFAULT_MAX_PENDING_DECISIONS,
        DEFAULT_RETRY_AFTER);
  }

  /**
   * Validates; throws {@link IllegalArgumentException} or {@link NullPointerException} naming the
   * field.
   */
  public CallSettings {
    Objects.requireNonNull(ringTimeout, "ringTimeout");
    if (ringTimeout.isNegative() || ringTimeout.isZero()) {
      throw new IllegalArgumentException("ringTimeout must be positive but was " + ringTimeout);
    }
    Objects.requireNonNull(busyAction, "busyAction");
    trustedHosts = List.copyOf(Objects.requireNonNull(trustedHosts, "trustedHosts"));
    requireAtLeast(maxCalls, 1, "maxCalls");
    requirePositive(machineCallLimit, "machineCallLimit");
    requirePositive(liveCallLimit, "liveCallLimit");
    requireAtLeast(maxIntercepts, 0, "maxIntercepts");
    requireAtLeast(maxPendingDecisions, 1, "maxPendingDecisions");
    requirePositive(retryAfter, "retryAfter");
    if (retryAfter.toSeconds() < 1) {
      throw new IllegalArgumentException(
          "retryAfter must be at least 1 s (whole seconds) but was " + retryAfter);
    }
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but was " + d);
    }
  }

  private static void requireAtLeast(int value, int least, String name) {
    if (value < least) {
      throw new IllegalArgumentException(name + " must be at least " + least + " but was " + value);
    }
  }

  /**
   * Ring 25 s, busy calls to voicemail, no extra trusted hosts, at most 200 calls, 20 intercepts
   * and 1,000 calls waiting for a decision, Retry-After 10 s.
   */
  public static CallSettings defaults() {
    return new CallSettings(Duration.ofSeconds(25), BusyAction.VOICEMAIL, List.of(), 200);
  }

  /** A copy with another ring timeout. */
  public CallSettings withRingTimeout(Duration timeout) {
    return new CallSettings(
        timeout,
        busyAction,
        trustedHosts,
        maxCalls,
        machineCallLimit,
        liveCallLimit,
        maxIntercepts,
        maxPendingDecisions,
        retryAfter);
  }

  /** A copy with another busy action. */
  public CallSettings withBusyAction(BusyAction action) {
    return new CallSettings(
        ringTimeout,
        action,
        trustedHosts,
        maxCalls,
        machineCallLimit,
        liveCallLimit,
        maxIntercepts,
        maxPendingDecisions,
        retryAfter);
  }

  /** A copy with other trusted hosts ({@code host} or {@code host:port}). */
  public CallSettings withTrustedHosts(List<String> hosts) {
    return new CallSettings(
        ringTimeout,
        busyAction,
        hosts,
        maxCalls,
        machineCallLimit,
        liveCallLimit,
        maxIntercepts,
        maxPendingDecisions,
        retryAfter);
  }

  /** A copy with another call limit. */
  public CallSettings withMaxCalls(int max) {
    return new CallSettings(
        ringTimeout,
        busyAction,
        trustedHosts,
        max,
        machineCallLimit,
        liveCallLimit,
        maxIntercepts,
        maxPendingDecisions,
        retryAfter);
  }

  /** A copy with other call length limits (answering machine, live). */
  public CallSettings withCallLimits(Duration machine, Duration live) {
    return new CallSettings(
        ringTimeout,
        busyAction,
        trustedHosts,
        maxCalls,
        machine,
        live,
        maxIntercepts,
        maxPendingDecisions,
        retryAfter);
  }

  /**
   * A copy with other overload limits: intercepts at once, calls waiting for a decision, and the
   * Retry-After of the overload 503s.
   */
  public CallSettings withOverloadLimits(int intercepts, int pendingDecisions, Duration retry) {
    return new CallSettings(
        ringTimeout,
        busyAction,
        trustedHosts,
        maxCalls,
        machineCallLimit,
        liveCallLimit,
        intercepts,
        pendingDecisions,
        retry);
  }
}
