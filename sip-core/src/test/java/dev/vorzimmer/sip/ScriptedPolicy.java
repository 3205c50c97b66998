package dev.vorzimmer.sip;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A test policy: a disposition per caller number (default: ring), or a decision the test completes
 * itself ({@link #decideLater}). Records every call it was asked about.
 */
final class ScriptedPolicy implements IncomingCallPolicy {

  private final Map<String, CallDisposition> byNumber = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<CallDisposition>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<IncomingCall> asked = new LinkedBlockingQueue<>();

  ScriptedPolicy on(String number, CallDisposition disposition) {
    byNumber.put(number, disposition);
    return this;
  }

  /** Calls from {@code number} wait for the returned future (completed by the test). */
  CompletableFuture<CallDisposition> decideLater(String number) {
    return pending.computeIfAbsent(number, n -> new CompletableFuture<>());
  }

  @Override
  public CompletionStage<CallDisposition> evaluate(IncomingCall call) {
    asked.add(call);
    CompletableFuture<CallDisposition> later = pending.get(call.number());
    if (later != null) {
      return later;
    }
    return CompletableFuture.completedFuture(
        byNumber.getOrDefault(call.number(), new CallDisposition.Ring("test default")));
  }

  /** The calls the policy was asked about, in order. */
  BlockingQueue<IncomingCall> asked() {
    return asked;
  }
}
