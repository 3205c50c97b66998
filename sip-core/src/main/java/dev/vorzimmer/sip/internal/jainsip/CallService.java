package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.IncomingCallPolicy;
import dev.vorzimmer.sip.MediaEncryption;
import dev.vorzimmer.sip.internal.AgentTuning;
import dev.vorzimmer.sip.internal.GhostRateLimiter;
import dev.vorzimmer.sip.internal.ListenerBus;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call side of the agent: wires screening, answering, in-dialog requests and outgoing calls,
 * provides the request handlers per method, and runs the user's commands on the SIP event thread.
 */
final class CallService {

  private static final Logger LOG = LoggerFactory.getLogger(CallService.class);

  /** Methods we know but do not serve: answered 405 with Allow. */
  private static final List<String> NOT_ALLOWED =
      List.of(
          Request.REGISTER,
          Request.SUBSCRIBE,
          Request.NOTIFY,
          Request.MESSAGE,
          Request.REFER,
          Request.UPDATE,
          Request.PRACK,
          Request.PUBLISH);

  private final SipContext context;
  private final CallTable calls;
  private final CallMessages messages;
  private final CallControl control;
  private final Connector connector;
  private final IncomingCalls incoming;
  private final OutgoingCalls outgoing;
  private final ReInvites reInvites;
  private final InfoHandler info;
  private final Challenges challenges;

  /** Everything a call service needs from the agent. */
  record Config(
      Optional<AccountConfig> account,
      String contactUser,
      String localAor,
      Supplier<CallSettings> settings,
      AgentTuning tuning,
      IncomingCallPolicy policy,
      CallMedia media) {}

  /** The provider state shared with registration: where it is, and which realm we answer. */
  record Provider(
      ProviderRoute route, DigestRealms realms, Optional<AuthenticationHelper> digest) {}

  CallService(SipContext context, ListenerBus bus, Config config, Provider provider) {
    this.context = context;
    this.calls =
        new CallTable(
            context,
            bus,
            config.account().map(AccountConfig::mediaEncryption).orElse(MediaEncryption.NONE));
    this.messages = new CallMessages(context, config.contactUser());
    this.control = new CallControl(context, calls, messages);
    this.connector =
        new Connector(
            context, calls, messages, config.media(), config.tuning().ackTimeout(), control);
    control.connector(connector);
    Challenges challenges =
        new Challenges(context, calls, connector, control, config.settings(), bus);
    connector.challenges(challenges);
    control.challenges(challenges);
    this.challenges = challenges;
    CallLimits limits = new CallLimits(context, config.settings(), control);
    calls.onConnected(limits::start);
    this.reInvites = new ReInvites(context, calls, messages, control, connector);
    this.info = new InfoHandler(calls, control, bus, challenges::digit);
    GhostGuard guard =
        GhostGuard.create(
            config.account(),
            config.settings().get().trustedHosts(),
            config.contactUser(),
            provider.route());
    GhostRefusals ghosts = new GhostRefusals(context, calls, messages, GhostRateLimiter.defaults());
    this.incoming =
        new IncomingCalls(
            context,
            calls,
            messages,
            guard,
            ghosts,
            config.policy(),
            config.settings(),
            config.tuning().policyTimeout(),
            connector);
    incoming.answerers(challenges, new Intercepts(calls, messages, connector));
    this.outgoing =
        new OutgoingCalls(
            context,
            calls,
            control,
            config.media(),
            new InviteBuilder(
                context, config.account(), messages, config.localAor(), provider.route()),
            provider.digest(),
            provider.realms());
  }

  /** The handlers of every method we answer (OPTIONS included); others get 501 from the engine. */
  Map<String, RequestHandler> handlers() {
    Map<String, RequestHandler> handlers = new HashMap<>();
    handlers.put(
        Request.INVITE,
        (event, ctx) -> {
          String toTag = ((ToHeader) event.getRequest().getHeader(ToHeader.NAME)).getTag();
          if (toTag == null) {
            incoming.onInvite(event);
          } else {
            reInvites.onReInvite(event);
          }
        });
    handlers.put(Request.ACK, (event, ctx) -> control.onAck(event));
    handlers.put(Request.CANCEL, (event, ctx) -> control.onCancel(event));
    handlers.put(Request.BYE, (event, ctx) -> control.onBye(event));
    handlers.put(Request.INFO, info);
    handlers.put(Request.OPTIONS, new OptionsHandler(CallMessages.ALLOWED));
    RequestHandler notAllowed =
        (event, ctx) -> {
          Response response =
              ctx.messages().createResponse(Response.METHOD_NOT_ALLOWED, event.getRequest());
          messages.addAllow(response);
          ctx.provider().sendResponse(response);
        };
    NOT_ALLOWED.forEach(method -> handlers.put(method, notAllowed));
    return Map.copyOf(handlers);
  }

  /** Adds our Allow headers to a response (used for 501). */
  void addAllow(Response response) throws java.text.ParseException {
    messages.addAllow(response);
  }

  /** The handler of outgoing INVITE transactions. */
  ClientResponseHandler outgoingHandler() {
    return outgoing;
  }

  void answer(String callId) {
    onCall(
        callId,
        "answer",
        call -> {
          if (call.incoming && call.is(CallState.RINGING) && call.preAnswered) {
            challenges.answer(call);
          } else if (call.incoming && call.is(CallState.RINGING)) {
            connector.connect(call, CallMedia.Purpose.LIVE, "", "answered by the user");
          }
        });
  }

  void decline(String callId, int status) {
    onCall(
        callId,
        "decline",
        call -> {
          if (call.incoming && call.preAnswered && call.is(CallState.RINGING)) {
            control.bye(call, CallOutcome.REJECTED, "declined by the user (after the challenge)");
          } else if (call.incoming && call.is(CallState.SCREENING, CallState.RINGING)) {
            connector.reject(call, status, CallOutcome.REJECTED, status + ": declined by the user");
          }
        });
  }

  void sendToVoicemail(String callId) {
    onCall(
        callId,
        "voicemail",
        call -> incoming.sendToVoicemail(call, "sent to voicemail by the user"));
  }

  void hangUp(String callId) {
    onCall(
        callId,
        "hang up",
        call -> {
          if (!call.incoming) {
            outgoing.hangUp(call);
          } else if (answeredBeforeRinging(call)) {
            control.bye(call, CallControl.connectedOutcome(call), "we hung up");
          } else if (call.is(CallState.SCREENING, CallState.RINGING)) {
            connector.reject(
                call, Response.DECLINE, CallOutcome.REJECTED, "603: declined by the user");
          } else if (call.is(CallState.CONNECTING, CallState.ACTIVE, CallState.VOICEMAIL)) {
            control.bye(call, CallControl.connectedOutcome(call), "we hung up");
          }
        });
  }

  void hold(String callId, boolean on) {
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
   * Ends every call because the agent stops (event thread): BYE to connected calls, CANCEL to
   * unanswered outgoing ones, 480 to incoming ones still screening or ringing. Completes when no
   * call is left.
   */
  CompletableFuture<Void> endAll(String reason) {
    for (CallSession call : calls.all()) {
      try {
        if (!call.incoming) {
          outgoing.hangUp(call);
        } else if (answeredBeforeRinging(call)) {
          control.bye(call, CallControl.connectedOutcome(call), reason);
        } else if (call.is(CallState.SCREENING, CallState.RINGING)) {
          connector.reject(
              call, Response.TEMPORARILY_UNAVAILABLE, CallOutcome.MISSED, "480: " + reason);
        } else if (call.is(CallState.CONNECTING, CallState.ACTIVE, CallState.VOICEMAIL)) {
          control.bye(call, CallControl.connectedOutcome(call), reason);
        }
      } catch (Exception e) {
        LOG.warn("call {}: could not end it properly", call.callId, e);
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

  void place(String callId, String target, String peer) {
    post(callId, "call", () -> outgoing.place(callId, target, peer));
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
    return call.is(CallState.CHALLENGE) || (call.preAnswered && call.is(CallState.RINGING));
  }

  /** A user command on one call; may throw the stack's checked exceptions. */
  @FunctionalInterface
  private interface CallAction {
    void run(CallSession call) throws Exception;
  }
}
