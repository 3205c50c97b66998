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
 * @param maxCalls most calls handled at once; further INVITEs get 503 so a flood cannot exhaust
 *     memory
 * @param machineCallLimit longest a call the answering machine took may last (greeting, beep and
 *     message); then sip-core sends BYE, whatever the media side does
 * @param liveCallLimit longest a call the user talks on may last; then BYE (a stuck call never
 *     stays forever)
 */
public record CallSettings(
    Duration ringTimeout,
    BusyAction busyAction,
    List<String> trustedHosts,
    int maxCalls,
    Duration machineCallLimit,
    Duration liveCallLimit) {

  /** Default {@link #machineCallLimit}: a 180 s message plus two minutes for greeting and beep. */
  public static final Duration DEFAULT_MACHINE_CALL_LIMIT = Duration.ofSeconds(180 + 120);

  /** Default {@link #liveCallLimit}: 12 hours. */
  public static final Duration DEFAULT_LIVE_CALL_LIMIT = Duration.ofHours(12);

  /** Settings with the default call length limits. */
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
    if (maxCalls < 1) {
      throw new IllegalArgumentException("maxCalls must be at least 1 but was " + maxCalls);
    }
    requirePositive(machineCallLimit, "machineCallLimit");
    requirePositive(liveCallLimit, "liveCallLimit");
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but was " + d);
    }
  }

  /** Ring 25 s, busy calls to voicemail, no extra trusted hosts, at most 200 calls. */
  public static CallSettings defaults() {
    return new CallSettings(Duration.ofSeconds(25), BusyAction.VOICEMAIL, List.of(), 200);
  }

  /** A copy with another ring timeout. */
  public CallSettings withRingTimeout(Duration timeout) {
    return new CallSettings(
        timeout, busyAction, trustedHosts, maxCalls, machineCallLimit, liveCallLimit);
  }

  /** A copy with another busy action. */
  public CallSettings withBusyAction(BusyAction action) {
    return new CallSettings(
        ringTimeout, action, trustedHosts, maxCalls, machineCallLimit, liveCallLimit);
  }

  /** A copy with other trusted hosts ({@code host} or {@code host:port}). */
  public CallSettings withTrustedHosts(List<String> hosts) {
    return new CallSettings(
        ringTimeout, busyAction, hosts, maxCalls, machineCallLimit, liveCallLimit);
  }

  /** A copy with another call limit. */
  public CallSettings withMaxCalls(int max) {
    return new CallSettings(
        ringTimeout, busyAction, trustedHosts, max, machineCallLimit, liveCallLimit);
  }

  /** A copy with other call length limits (answering machine, live). */
  public CallSettings withCallLimits(Duration machine, Duration live) {
    return new CallSettings(ringTimeout, busyAction, trustedHosts, maxCalls, machine, live);
  }
}
