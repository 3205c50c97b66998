package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.BusyAction;
import dev.vorzimmer.sip.CallDisposition;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.IncomingCall;
import dev.vorzimmer.sip.IncomingCallPolicy;
import dev.vorzimmer.sip.internal.identity.CallerIdentity;
import dev.vorzimmer.sip.sdp.MediaCapability;
import dev.vorzimmer.sip.sdp.SdpException;
import dev.vorzimmer.sip.sdp.SdpParser;
import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionUnavailableException;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens every new incoming INVITE before anything rings: ghost check (403, no 100), 100 Trying,
 * caller identity, the {@link IncomingCallPolicy}, then ring, voicemail or reject. Runs on the SIP
 * event thread.
 */
final class IncomingCalls {

  private static final Logger LOG = LoggerFactory.getLogger(IncomingCalls.class);

  private final SipContext context;
  private final CallTable calls;
  private final CallMessages messages;
  private final GhostGuard guard;
  private final GhostRefusals ghosts;
  private final IncomingCallPolicy policy;
  private final Supplier<CallSettings> settings;
  private final Duration policyTimeout;
  private final Connector connector;
  private Challenges challenges;
  private Intercepts intercepts;

  IncomingCalls(
      SipContext context,
      CallTable calls,
      CallMessages messages,
      GhostGuard guard,
      GhostRefusals ghosts,
      IncomingCallPolicy policy,
      Supplier<CallSettings> settings,
      Duration policyTimeout,
      Connector connector) {
    this.context = context;
    this.calls = calls;
    this.messages = messages;
    this.guard = guard;
    this.ghosts = ghosts;
    this.policy = policy;
    this.settings = settings;
    this.policyTimeout = policyTimeout;
    this.connector = connector;
  }

  /** The robot challenge and the intercept, wired after construction. */
  void answerers(Challenges challengeCalls, Intercepts interceptCalls) {
    this.challenges = challengeCalls;
    this.intercepts = interceptCalls;
  }

  /**
   * A new INVITE (no To tag). Retransmissions are absorbed by the transaction layer. Ghost calls
   * are refused (403) before anything else, without 100 Trying.
   */
  void onInvite(RequestEvent event) throws Exception {
    Request request = event.getRequest();
    InetSocketAddress source = sourceOf(request);
    Optional<String> ghost = guard.ghostReason(source, CallMessages.requestUser(request));
    if (ghost.isPresent()) {
      ghosts.refuse(event, source, ghost.get(), () -> identity(request, source).number());
      return;
    }
    ServerTransaction transaction = event.getServerTransaction();
    if (transaction == null) {
      try {
        transaction = context.provider().getNewServerTransaction(request);
      } catch (TransactionAlreadyExistsException e) {
        LOG.debug("INVITE retransmission absorbed", e);
        return;
      } catch (TransactionUnavailableException e) {
        LOG.info("malformed INVITE from {}: {}", sourceOf(request), Transactions.describe(e));
        context
            .provider()
            .sendResponse(context.messages().createResponse(Response.BAD_REQUEST, request));
        return;
      }
    }
    CallMessages.send(transaction, messages.response(request, Response.TRYING, null, null));
    String callId = ((javax.sip.header.CallIdHeader) request.getHeader("Call-ID")).getCallId();
    String refusal = refusal(request, callId, source);
    if (refusal != null) {
      int status = Response.SERVICE_UNAVAILABLE;
      CallMessages.send(transaction, messages.response(request, status, newTag(), null));
      LOG.warn("call {}: refused with {}: {}", callId, status, refusal);
      return;
    }
    CallSession call = newSession(callId, request, transaction);
    try {
      screen(call, source);
    } catch (Exception e) {
      LOG.warn("call {}: could not screen the INVITE", callId, e);
      failBeforeAnswer(call, "could not screen the call: " + Transactions.describe(e));
    }
  }

  /** Answers 500 if the INVITE has no final response yet, and ends the call. */
  private void failBeforeAnswer(CallSession call, String reason) {
    if (call.isOver()) {
      return;
    }
    if (!call.is(CallState.SCREENING, CallState.RINGING)) {
      calls.end(call, CallOutcome.FAILED, reason);
      return;
    }
    try {
      CallMessages.send(
          call.inviteTransaction,
          messages.response(call.invite, Response.SERVER_INTERNAL_ERROR, call.localTag, null));
    } catch (Exception e) {
      LOG.info("call {}: could not send 500 either: {}", call.callId, Transactions.describe(e));
    }
    calls.end(call, CallOutcome.FAILED, reason);
  }

  /** Why the INVITE is refused before screening (and reported), or null. */
  private String refusal(Request request, String callId, InetSocketAddress source) {
    String peer = identity(request, source).number();
    if (calls.get(callId) != null) {
      return "a call with this Call-ID exists already";
    }
    if (calls.size() >= settings.get().maxCalls()) {
      calls.reportRefused(
          callId, peer, CallOutcome.FAILED, "too many calls (" + settings.get().maxCalls() + ")");
      return "too many calls at once";
    }
    return null;
  }

  private CallSession newSession(String callId, Request request, ServerTransaction transaction) {
    CallSession call = new CallSession(callId, true, CallState.SCREENING);
    call.received(
        request,
        transaction,
        newTag(),
        CallMessages.transportOf(request),
        CallMessages.overTls(request, transaction));
    return call;
  }

  private void screen(CallSession call, InetSocketAddress source) throws Exception {
    Request request = call.invite;
    CallerIdentity who = identity(request, source);
    call.identify(who.number(), who.displayName());
    call.joinDialog(context.provider().getNewDialog(call.inviteTransaction));
    calls.add(call, "screening caller " + who.number() + " (" + who.source() + ")");
    String sdp = CallMessages.sdpOf(request);
    if (sdp != null) {
      Optional<MediaCapability.Refusal> refusal;
      try {
        call.offered(SdpParser.parse(sdp));
        refusal = connector.offerRefusal(call);
      } catch (SdpException e) {
        refusal =
            Optional.of(new MediaCapability.Refusal(MediaCapability.MISCELLANEOUS, e.getMessage()));
      }
      if (refusal.isPresent()) {
        connector.rejectSdp(call, refusal.get());
        return;
      }
    }
    IncomingCall incoming =
        new IncomingCall(
            call.callId,
            who.number(),
            who.source(),
            who.displayName(),
            who.privacy(),
            who.verstat(),
            fromValue(request),
            CallMessages.requestUser(request),
            source == null ? "" : source.getAddress().getHostAddress() + ":" + source.getPort());
    askPolicy(call, incoming);
  }

  private void askPolicy(CallSession call, IncomingCall incoming) {
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
            LOG.info("call {}: policy decided after the agent stopped", call.callId);
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
          call.callId,
          error == null ? "no decision" : Transactions.describe(error));
      LOG.debug("screening failure of call {}", call.callId, error);
      decided =
          new CallDisposition.Voicemail(
              "default",
              "screening failed: "
                  + (error == null ? "no decision" : Transactions.describe(error)));
    }
    try {
      apply(call, decided);
    } catch (Exception e) {
      LOG.warn("call {}: could not carry out {}", call.callId, decided, e);
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
        call.inviteTransaction,
        messages.response(call.invite, Response.RINGING, call.localTag, call.transport));
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
      LOG.info("call {}: cannot send to voicemail in state {}", call.callId, call.state());
      return;
    }
    if (call.preAnswered()) {
      challenges.toVoicemail(call, "default", reason);
      return;
    }
    try {
      connector.connect(call, CallMedia.Purpose.VOICEMAIL, "default", "voicemail: " + reason);
    } catch (Exception e) {
      LOG.warn("call {}: could not answer for voicemail", call.callId, e);
      failBeforeAnswer(call, "could not answer for voicemail: " + Transactions.describe(e));
    }
  }

  private CallerIdentity identity(Request request, InetSocketAddress source) {
    return CallerIdentity.extract(
        fromValue(request),
        Headers.values(request, "P-Asserted-Identity"),
        Headers.values(request, "Remote-Party-ID").stream().findFirst().orElse(null),
        Headers.values(request, "Privacy"),
        guard.isTrusted(source));
  }

  private static String fromValue(Request request) {
    return Headers.values(request, "From").stream().findFirst().orElse("");
  }

  /** Where the packet came from (not what its Via claims). */
  private static InetSocketAddress sourceOf(Request request) {
    SIPMessage message = (SIPMessage) request;
    InetAddress address = message.getPeerPacketSourceAddress();
    int port = message.getPeerPacketSourcePort();
    if (address == null) {
      address = message.getRemoteAddress();
      port = message.getRemotePort();
    }
    return address == null ? null : new InetSocketAddress(address, port);
  }

  private static String newTag() {
    return UUID.randomUUID().toString().substring(0, 10);
  }
}
