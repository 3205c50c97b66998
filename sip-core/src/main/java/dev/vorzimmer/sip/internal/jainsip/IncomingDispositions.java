package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.BusyAction;
import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.IncomingCall;
import dev.vorzimmer.sip.IncomingCallPolicy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out what the {@link IncomingCallPolicy} decides for a screened incoming call (within the
 * policy timeout, else a message is taken): reject, intercept, robot challenge, voicemail, or ring
 * (486 or voicemail when the user is busy) with the ring timer that sends it to voicemail. Runs on
 * the SIP event thread.
 */
final class IncomingDispositions {

  private static final Logger LOG = LoggerFactory.getLogger(IncomingDispositions.class);

  private final SipContext context;
  private final CallTable calls;
  private final CallMessages messages;
  private final IncomingCallPolicy policy;
  private final Supplier<CallSettings> settings;
  private final Duration policyTimeout;
  private final Connector connector;
  private final Challenges challenges;
  private final Intercepts intercepts;

  IncomingDispositions(
      SipContext context,
      CallTable calls,
      CallMessages messages,
      IncomingCallPolicy policy,
      Supplier<CallSettings> settings,
      Duration policyTimeout,
      Connector connector,
      Challenges challenges,
      Intercepts intercepts) {
    this.context = context;
    this.calls = calls;
    this.messages = messages;
    this.policy = policy;
    this.settings = settings;
    this.policyTimeout = policyTimeout;
    this.connector = connector;
    this.challenges = challenges;
    this.intercepts = intercepts;
  }

  /** Asks the policy about a call in SCREENING; its answer comes back on the event thread. */
  void askPolicy(CallSession call, IncomingCall incoming) {
    CompletionStage<CallDisposition> stage;
    try {
      stage = policy.evaluate(incoming);
      if (stage == null) {
        throw new IllegalStateException("policy returned no decision");
      }
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    calls.schedule(
        call,
        policyTimeout,
        () ->
            decide(
                call,
                null,
                new IllegalStateException(
                    "policy did not decide within " + policyTimeout.toMillis() + " ms")));
    stage.whenComplete(
        (disposition, error) -> {
          try {
            context.events().execute(() -> decide(call, disposition, error));
          } catch (RejectedExecutionException e) {
            LOG.info("call {}: policy decided after the agent stopped", call.callId());
          }
        });
  }

  private void decide(CallSession call, CallDisposition disposition, Throwable error) {
    if (!call.is(CallState.SCREENING)) {
      return;
    }
    call.cancelTimer();
    CallDisposition decided = disposition;
    if (error != null || disposition == null) {
      LOG.warn(
          "call {}: screening failed ({}), taking a message",
          call.callId(),
          error == null ? "no decision" : Transactions.describe(error));
      LOG.debug("screening failure of call {}", call.callId(), error);
      decided =
          new CallDisposition.Voicemail(
              "default",
              "screening failed: "
                  + (error == null ? "no decision" : Transactions.describe(error)));
    }
    try {
      apply(call, decided);
    } catch (Exception e) {
      LOG.warn("call {}: could not carry out {}", call.callId(), decided, e);
      failBeforeAnswer(call, "could not carry out " + decided + ": " + Transactions.describe(e));
    }
  }

  private void apply(CallSession call, CallDisposition disposition) throws Exception {
    if (disposition instanceof CallDisposition.Reject reject) {
      connector.reject(
          call,
          reject.status(),
          CallOutcome.REJECTED,
          reject.status() + " by policy: " + reject.reason());
    } else if (disposition instanceof CallDisposition.Intercept intercept) {
      intercepts.start(call, intercept);
    } else if (disposition instanceof CallDisposition.Challenge challenge) {
      challenges.start(call, challenge);
    } else if (disposition instanceof CallDisposition.Voicemail voicemail) {
      connector.connect(
          call,
          CallMedia.Purpose.VOICEMAIL,
          voicemail.greeting(),
          "voicemail: " + voicemail.reason());
    } else if (!calls.userBusy(call)) {
      ring(call, disposition.reason());
    } else if (settings.get().busyAction() == BusyAction.BUSY) {
      connector.reject(
          call, Response.BUSY_HERE, CallOutcome.REJECTED, "486: user busy in another call");
    } else {
      connector.connect(
          call, CallMedia.Purpose.VOICEMAIL, "default", "voicemail: user busy in another call");
    }
  }

  private void ring(CallSession call, String reason) throws Exception {
    CallMessages.send(
        call.inviteTransaction(),
        messages.response(call.invite(), Response.RINGING, call.localTag(), call.transport()));
    calls.move(call, CallState.RINGING, "ringing: " + reason);
    Duration timeout = settings.get().ringTimeout();
    calls.schedule(
        call,
        timeout,
        () -> sendToVoicemail(call, "no answer after " + timeout.toMillis() + " ms"));
  }

  /** The user's (or the ring timer's) "take a message" for a ringing call. */
  void sendToVoicemail(CallSession call, String reason) {
    if (!call.is(CallState.RINGING)) {
      LOG.info("call {}: cannot send to voicemail in state {}", call.callId(), call.state());
      return;
    }
    if (call.preAnswered()) {
      challenges.toVoicemail(call, "default", reason);
      return;
    }
    try {
      connector.connect(call, CallMedia.Purpose.VOICEMAIL, "default", "voicemail: " + reason);
    } catch (Exception e) {
      LOG.warn("call {}: could not answer for voicemail", call.callId(), e);
      failBeforeAnswer(call, "could not answer for voicemail: " + Transactions.describe(e));
    }
  }

  /** Answers 500 if the INVITE has no final response yet, and ends the call. */
  void failBeforeAnswer(CallSession call, String reason) {
    if (call.isOver()) {
      return;
    }
    if (!call.is(CallState.SCREENING, CallState.RINGING)) {
      calls.end(call, CallOutcome.FAILED, reason);
      return;
    }
    try {
      CallMessages.send(
          call.inviteTransaction(),
          messages.response(call.invite(), Response.SERVER_INTERNAL_ERROR, call.localTag(), null));
    } catch (Exception e) {
      LOG.info("call {}: could not send 500 either: {}", call.callId(), Transactions.describe(e));
    }
    calls.end(call, CallOutcome.FAILED, reason);
  }
}
