package dev.vorzimmer.sip.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing knobs of the agent. Production uses {@link #defaults()}; tests shorten them to stay fast.
 *
 * @param backoff          retry delays after the registrar failed or was unreachable
 * @param responseTimeout  how long a REGISTER or keep-alive may stay without a final answer before the
 *                         registrar counts as unreachable
 * @param keepAlive        interval of NAT keep-alives (CRLF on TCP, OPTIONS on UDP) while registered
 */
public record AgentTuning(RetryBackoff backoff, Duration responseTimeout, Duration keepAlive) {

    /** Rejects null and non-positive values. */
    public AgentTuning {
        Objects.requireNonNull(backoff, "backoff");
        requirePositive(responseTimeout, "responseTimeout");
        requirePositive(keepAlive, "keepAlive");
    }

    /** 1 s doubling up to 60 s, 10 s response timeout, keep-alive every 25 s. */
    public static AgentTuning defaults() {
        return new AgentTuning(new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60)),
                Duration.ofSeconds(10), Duration.ofSeconds(25));
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }
}
