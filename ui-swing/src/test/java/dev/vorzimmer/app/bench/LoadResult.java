package dev.vorzimmer.app.bench;

/**
 * What SIPp measured for one load run: call counts from its statistics file, response times (INVITE
 * → the expected final status, SIPp's rtd 1, 1 ms clock but in practice a few ms granularity) from
 * its rtt trace.
 *
 * @param sent calls SIPp created
 * @param failed calls that did not follow the scenario (timeouts, unexpected responses)
 * @param retransmissions requests SIPp had to retransmit (no response, not even 100, within 500 ms)
 * @param p50Ms median response time, ms
 * @param p99Ms 99th percentile response time, ms
 * @param maxMs longest response time, ms
 * @param achievedRate SIPp's cumulative call rate, calls/s
 * @param lastSlowMs when the last call slower than {@link SippLoad#SLOW_MS} got its answer, ms
 *     after the first answer (0 if none was slow): how long a start-up hump lasts
 * @param maxAfterHalfSecondMs longest response time of the calls answered from 0.5 s after the
 *     first answer on
 */
record LoadResult(
    long sent,
    long successful,
    long failed,
    long retransmissions,
    double p50Ms,
    double p99Ms,
    double maxMs,
    double achievedRate,
    double lastSlowMs,
    double maxAfterHalfSecondMs) {}
