package dev.vorzimmer.sip.internal.jainsip;

import java.util.concurrent.ScheduledFuture;

/**
 * The timers of one call: its single pending timer (policy, ring, ACK or answer timeout) and its
 * maximum length once connected ({@link CallLimits}). Confined to the SIP event thread.
 */
final class CallTimers {

  private ScheduledFuture<?> timer;
  private ScheduledFuture<?> lengthLimit;

  /** Replaces the single timer (the old one is cancelled). */
  void arm(ScheduledFuture<?> next) {
    cancel();
    timer = next;
  }

  /** The single timer ran. */
  void fired() {
    timer = null;
  }

  void cancel() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  boolean hasLengthLimit() {
    return lengthLimit != null;
  }

  void limitLength(ScheduledFuture<?> limit) {
    lengthLimit = limit;
  }

  /** Cancels both timers (the call ends). */
  void cancelAll() {
    cancel();
    if (lengthLimit != null) {
      lengthLimit.cancel(false);
      lengthLimit = null;
    }
  }
}
