package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.BusyAction;
import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.IncomingCall;
import dev.vorzimmer.sip.IncomingCallPolicy;
import dev.vorzimmer.sip.internal.call.OverloadGate;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out what the {@link IncomingCallPolicy} decides for a screened incoming call: reject,
 * intercept, robot challenge, voicemail, or ring (486 or voicemail when the user is busy) with the
 * ring timer that sends it to voicemail. Runs on the SIP event thread.
 *
 * <p>Overload: it keeps the policy's backlog (calls waiting for a decision) in an {@link
 * OverloadGate}. At {@code CallSettings.maxPendingDecisions} waiting calls the phone is overloaded
 * and {@link #overloadRefusal()} turns new INVITEs away with 503 + Retry-After before they are
 * screened, until the backlog is down to half. A call the policy did not decide within the policy
 * timeout goes to the answering machine (a legitimate caller is never lost to a slow decision) —
 * unless its wait overlapped an overload: then it gets the same 503, so a phone that is behind does
 * not turn cheap rejections into answering-machine calls with media (an avalanche).
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
  private final OverloadGate gate = new OverloadGate();

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

  /**
   * Why a new INVITE is refused for overload (the policy's backlog reached {@code
   * CallSettings.maxPendingDecisions} and is not yet down to half of it), or empty.
   */
  Optional<String> overloadRefusal() {
    observeBacklog();
    if (!gate.overloaded()) {
      return Optional.empty();
    }
    return Optional.of(
        "phone overloaded: "
            + calls.pendingDecisions()
            + " calls wait for screening (limit "
            + settings.get().maxPendingDecisions()
            + ")");
  }

  private void observeBacklog() {
    int backlog = calls.pendingDecisions();
    int limit = settings.get().maxPendingDecisions();
    boolean was = gate.overloaded();
    if (gate.observe(backlog, limit)) {
      LOG.warn(
          "overloaded: {} calls wait for screening (limit {}); new calls get 503 until {} wait",
          backlog,
          limit,
          limit / 2);
    } else if (was && !gate.overloaded()) {
      LOG.warn("no longer overloaded: {} calls wait for screening", backlog);
    }
  }

  /** Asks the policy about a call in SCREENING; its answer comes back on the event thread. */
  void askPolicy(CallSession call, IncomingCall incoming) {
    calls.awaitDecision(call, gate.mark());
    CompletionStage<CallDisposition> stage;
    try {
      stage = policy.evaluate(incoming);
      if (stage == null) {
        throw new IllegalStateException("policy returned no decision");
      }
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    calls.schedule(call, policyTimeout, () -> timedOut(call));
    stage.whenComplete(
        (disposition, error) -> {
          try {
            context.events().execute(() -> decide(call, disposition, error));
          } catch (RejectedExecutionException e) {
            LOG.info("call {}: policy decided after the agent stopped", call.callId());
          }
        });
  }

  /** The policy timeout: the answering machine, or 503 if the call waited through an overload. */
  private void timedOut(CallSession call) {
    OptionalLong arrived = calls.decided(call);
    observeBacklog();
    String why = "policy did not decide within " + policyTimeout.toMillis() + " ms";
    if (!call.is(CallState.SCREENING)
        || arrived.isEmpty()
        || !gate.overloadedSince(arrived.getAsLong())) {
      decide(call, null, new IllegalStateException(why));
      return;
    }
    Duration retry = settings.get().retryAfter();
    try {
      Response busy =
          messages.response(
              call.invite(), Response.SERVICE_UNAVAILABLE, call.localTag(), call.transport());
      messages.addRetryAfter(busy, retry);
      CallMessages.send(call.inviteTransaction(), busy);
    } catch (Exception e) {
      LOG.info("call {}: could not send 503: {}", call.callId(), Transactions.describe(e));
    }
    calls.end(
        call,
        CallOutcome.FAILED,
        "phone overloaded: " + why + "; 503, retry after " + retry.toSeconds() + " s");
  }

  private void decide(CallSession call, CallDisposition disposition, Throwable error) {
    if (calls.decided(call).isPresent()) {
      observeBacklog();
    }
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

  /**
   * Carries out the decision. The 100 Trying and the call's dialog are made here, not on arrival: a
   * rejected call (most of a flood) gets its final status from the INVITE's transaction and needs
   * neither, while everything else (183, 180, 200) gets the 100 first and creates the dialog its
   * BYE and re-INVITEs use.
   */
  private void apply(CallSession call, CallDisposition disposition) throws Exception {
    if (!(disposition instanceof CallDisposition.Reject)) {
      // the 100 Trying goes first, right before the 180/183/200: a proxy (Kamailio) may take longer
      // over a branch's first reply and let a later one overtake it, so the first reply must not
      // be the 180 that a quick "decline" (603) follows
      CallMessages.send(
          call.inviteTransaction(), messages.response(call.invite(), Response.TRYING, null, null));
      if (call.dialog() == null) {
        call.joinDialog(context.provider().getNewDialog(call.inviteTransaction()));
      }
    }
    if (disposition instanceof CallDisposition.Reject reject) {
      connector.rejectByPolicy(
          call, reject.status(), reject.status() + " by policy: " + reject.reason());
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
