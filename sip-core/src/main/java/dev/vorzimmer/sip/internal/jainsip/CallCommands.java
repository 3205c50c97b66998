package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's call commands, each implemented once: {@link dev.vorzimmer.sip.SipAgent} forwards to
 * them. Every command may be called from any thread; it posts itself to the SIP event thread and
 * returns at once. A command for a call that is over, or that no longer fits the call's state when
 * it runs, is logged and ignored; one that fails ends the call as failed.
 */
public final class CallCommands {

  private static final Logger LOG = LoggerFactory.getLogger(CallCommands.class);

  private final SipContext context;
  private final CallTable calls;
  private final CallControl control;
  private final Connector connector;
  private final Challenges challenges;
  private final IncomingDispositions incoming;
  private final OutgoingCalls outgoing;
  private final ReInvites reInvites;

  CallCommands(
      SipContext context,
      CallTable calls,
      CallControl control,
      Connector connector,
      Challenges challenges,
      IncomingDispositions incoming,
      OutgoingCalls outgoing,
      ReInvites reInvites) {
    this.context = context;
    this.calls = calls;
    this.control = control;
    this.connector = connector;
    this.challenges = challenges;
    this.incoming = incoming;
    this.outgoing = outgoing;
    this.reInvites = reInvites;
  }

  /** Answers a ringing incoming call (200 OK, live audio once the caller ACKs). */
  public void answer(String callId) {
    onCall(
        callId,
        "answer",
        call -> {
          if (call.incoming() && call.is(CallState.RINGING) && call.preAnswered()) {
            challenges.answer(call);
          } else if (call.incoming() && call.is(CallState.RINGING)) {
            connector.connect(call, CallMedia.Purpose.LIVE, "", "answered by the user");
          }
        });
  }

  /** Declines a screening or ringing incoming call with {@code status}. */
  public void decline(String callId, int status) {
    onCall(
        callId,
        "decline",
        call -> {
          if (call.incoming() && call.preAnswered() && call.is(CallState.RINGING)) {
            control.bye(call, CallOutcome.REJECTED, "declined by the user (after the challenge)");
          } else if (call.incoming() && call.is(CallState.SCREENING, CallState.RINGING)) {
            connector.reject(call, status, CallOutcome.REJECTED, status + ": declined by the user");
          }
        });
  }

  /** Hands a ringing incoming call to the answering machine. */
  public void sendToVoicemail(String callId) {
    onCall(
        callId,
        "voicemail",
        call -> incoming.sendToVoicemail(call, "sent to voicemail by the user"));
  }

  /** Ends a call whatever its state: decline (603), CANCEL or BYE. */
  public void hangUp(String callId) {
    onCall(
        callId,
        "hang up",
        call ->
            end(
                call,
                Response.DECLINE,
                CallOutcome.REJECTED,
                "603: declined by the user",
                "we hung up"));
  }

  /** Holds ({@code true}) or resumes an active call with a re-INVITE. */
  public void hold(String callId, boolean on) {
    onCall(
        callId,
        "hold",
        call -> {
          if (!reInvites.hold(call, on)) {
            LOG.info("call {}: cannot change hold in state {}", callId, call.state());
          }
        });
  }

  /**
   * Places a call to the SIP URI {@code target} under {@code callId}; {@code peer} is what events
   * show.
   */
  public void place(String callId, String target, String peer) {
    post(callId, "call", () -> outgoing.place(callId, target, peer));
  }

  /**
   * Ends every call because the agent stops (event thread): BYE to connected calls, CANCEL to
   * unanswered outgoing ones, 480 to incoming ones still screening or ringing. Completes when no
   * call is left.
   */
  CompletableFuture<Void> endAll(String reason) {
    for (CallSession call : calls.all()) {
      try {
        end(call, Response.TEMPORARILY_UNAVAILABLE, CallOutcome.MISSED, "480: " + reason, reason);
      } catch (Exception e) {
        LOG.warn("call {}: could not end it properly", call.callId(), e);
        calls.end(call, CallOutcome.FAILED, reason + " (" + Transactions.describe(e) + ")");
      }
    }
    return calls.whenEmpty();
  }

  /** Ends the calls left after {@link #endAll} without waiting for the peers (event thread). */
  void forceEndAll(String reason) {
    for (CallSession call : calls.all()) {
      calls.end(
          call,
          CallControl.connectedOutcome(call),
          reason + " (no answer before the agent stopped)");
    }
  }

  /**
   * Ends one call in any state: an unanswered incoming one with {@code refusal} ({@code outcome},
   * {@code refusalReason}), an outgoing one with CANCEL or BYE, a connected one with BYE.
   */
  private void end(
      CallSession call, int refusal, CallOutcome outcome, String refusalReason, String byeReason)
      throws Exception {
    if (!call.incoming()) {
      outgoing.hangUp(call);
    } else if (answeredBeforeRinging(call)) {
      control.bye(call, CallControl.connectedOutcome(call), byeReason);
    } else if (call.is(CallState.SCREENING, CallState.RINGING)) {
      connector.reject(call, refusal, outcome, refusalReason);
    } else if (call.is(CallState.CONNECTING, CallState.ACTIVE, CallState.VOICEMAIL)) {
      control.bye(call, CallControl.connectedOutcome(call), byeReason);
    }
  }

  private void post(String callId, String action, Runnable task) {
    try {
      context.events().execute(task);
    } catch (RejectedExecutionException e) {
      LOG.info("call {}: {} ignored, the agent is stopping", callId, action);
    }
  }

  private void onCall(String callId, String action, CallAction task) {
    post(
        callId,
        action,
        () -> {
          CallSession call = calls.get(callId);
          if (call == null) {
            LOG.info("call {}: {} ignored, the call is over", callId, action);
            return;
          }
          try {
            task.run(call);
          } catch (Exception e) {
            LOG.warn("call {}: {} failed", callId, action, e);
            calls.end(call, CallOutcome.FAILED, action + " failed: " + Transactions.describe(e));
          }
        });
  }

  /** An incoming call answered for the challenge and now in it or ringing after it. */
  private static boolean answeredBeforeRinging(CallSession call) {
    return call.is(CallState.CHALLENGE) || (call.preAnswered() && call.is(CallState.RINGING));
  }

  /** A user command on one call; may throw the stack's checked exceptions. */
  @FunctionalInterface
  private interface CallAction {
    void run(CallSession call) throws Exception;
  }
}
