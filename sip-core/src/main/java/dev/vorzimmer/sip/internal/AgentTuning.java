package dev.vorzimmer.sip.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing knobs of the agent. Production uses {@link #defaults()}; tests shorten them to stay fast.
 *
 * @param backoff retry delays after the registrar failed or was unreachable
 * @param responseTimeout how long a REGISTER or keep-alive may stay without a final answer before
 *     the registrar counts as unreachable
 * @param keepAlive interval of NAT keep-alives (CRLF on TCP, OPTIONS on UDP) while registered
 * @param ackTimeout how long we wait for the ACK of our 200 OK before hanging up (RFC 3261: 64*T1 =
 *     32 s)
 * @param policyTimeout how long the screening policy may take before the call goes to voicemail
 * @param provider DNS server and the pauses after a name did not resolve or a refresh was refused
 */
public record AgentTuning(
    RetryBackoff backoff,
    Duration responseTimeout,
    Duration keepAlive,
    Duration ackTimeout,
    Duration policyTimeout,
    ProviderTuning provider) {

  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(32);
  private static final Duration POLICY_TIMEOUT = Duration.ofSeconds(2);

  /** Rejects null and non-positive values. */
  public AgentTuning {
    Objects.requireNonNull(backoff, "backoff");
    requirePositive(responseTimeout, "responseTimeout");
    requirePositive(keepAlive, "keepAlive");
    requirePositive(ackTimeout, "ackTimeout");
    requirePositive(policyTimeout, "policyTimeout");
    Objects.requireNonNull(provider, "provider");
  }

  /** All timers as given, provider tuning at its defaults. */
  public AgentTuning(
      RetryBackoff backoff,
      Duration responseTimeout,
      Duration keepAlive,
      Duration ackTimeout,
      Duration policyTimeout) {
    this(backoff, responseTimeout, keepAlive, ackTimeout, policyTimeout, ProviderTuning.defaults());
  }

  /** A copy with other provider tuning. */
  public AgentTuning withProvider(ProviderTuning next) {
    return new AgentTuning(backoff, responseTimeout, keepAlive, ackTimeout, policyTimeout, next);
  }

  /** Registration timers as given, call timers at their defaults (32 s ACK, 2 s policy). */
  public AgentTuning(RetryBackoff backoff, Duration responseTimeout, Duration keepAlive) {
    this(backoff, responseTimeout, keepAlive, ACK_TIMEOUT, POLICY_TIMEOUT);
  }

  /** A copy with other call timers. */
  public AgentTuning withCallTimers(Duration ack, Duration policy) {
    return new AgentTuning(backoff, responseTimeout, keepAlive, ack, policy, provider);
  }

  /**
   * 1 s doubling up to 60 s, 10 s response timeout, keep-alive every 25 s, 32 s ACK, 2 s policy.
   */
  public static AgentTuning defaults() {
    return new AgentTuning(
        new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60)),
        Duration.ofSeconds(10),
        Duration.ofSeconds(25));
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but was " + value);
    }
  }
}
