package dev.vorzimmer.sip;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Decides, before anything rings, what happens to an incoming call. sip-core asks it after sending
 * 100 Trying; the app implements it with the screening module (sip-core never imports screening).
 *
 * <p>Contract: {@link #evaluate} is called on the SIP event thread and must return at once; slow
 * work (an online lookup) completes the stage later, within its own time budget. A stage that fails
 * is treated as {@link CallDisposition.Voicemail} — a call is never silently dropped.
 *
 * <p>The policy logs its decisions: sip-core logs the end of a call turned away by a {@link
 * CallDisposition.Reject} at DEBUG only, so a flood of rejected calls costs one log line per call,
 * not two.
 */
@FunctionalInterface
public interface IncomingCallPolicy {
  /** Rings every call; the default when no screening is wired. */
  IncomingCallPolicy RING_ALL =
      call -> CompletableFuture.completedFuture(new CallDisposition.Ring("no screening"));

  CompletionStage<CallDisposition> evaluate(IncomingCall call);
}
