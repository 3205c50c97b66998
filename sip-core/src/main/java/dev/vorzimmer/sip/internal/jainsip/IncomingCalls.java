package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSettings;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.IncomingCall;
import dev.vorzimmer.sip.internal.identity.CallerIdentity;
import dev.vorzimmer.sip.sdp.MediaCapability;
import dev.vorzimmer.sip.sdp.SdpException;
import dev.vorzimmer.sip.sdp.SdpParser;
import gov.nist.javax.sip.message.SIPMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.UUID;
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
 * Takes every new incoming INVITE before anything rings: ghost check (403, no 100), refusals
 * ({@code sips:} not over TLS, a Call-ID we have, too many calls, overload: see {@link
 * IncomingDispositions#overloadRefusal()}), 100 Trying, caller identity and the SDP offer, then
 * hands the call to {@link IncomingDispositions}, which asks the {@link
 * dev.vorzimmer.sip.IncomingCallPolicy}. Runs on the SIP event thread.
 */
final class IncomingCalls {

  private static final Logger LOG = LoggerFactory.getLogger(IncomingCalls.class);

  private final SipContext context;
  private final CallTable calls;
  private final CallMessages messages;
  private final GhostGuard guard;
  private final GhostRefusals ghosts;
  private final Supplier<CallSettings> settings;
  private final Connector connector;
  private final IncomingDispositions dispositions;

  IncomingCalls(
      SipContext context,
      CallTable calls,
      CallMessages messages,
      GhostGuard guard,
      GhostRefusals ghosts,
      Supplier<CallSettings> settings,
      Connector connector,
      IncomingDispositions dispositions) {
    this.context = context;
    this.calls = calls;
    this.messages = messages;
    this.guard = guard;
    this.ghosts = ghosts;
    this.settings = settings;
    this.connector = connector;
    this.dispositions = dispositions;
  }

  /**
   * A new INVITE (no To tag). Retransmissions are absorbed by the transaction layer. Ghost calls
   * are refused (403) before anything else.
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
    String callId = ((javax.sip.header.CallIdHeader) request.getHeader("Call-ID")).getCallId();
    Refusal refusal = refusal(request, callId, source, transaction);
    if (refusal != null) {
      refuse(transaction, callId, refusal);
      return;
    }
    // No 100 Trying yet: most calls are decided within milliseconds, and a rejected one (most of a
    // flood) needs only its final response. IncomingDispositions sends the 100 before anything that
    // is not a rejection; a slow decision (an online lookup) gets JAIN-SIP's own 100 after 200 ms
    // (RFC 3261 §17.2.1).
    CallSession call = newSession(callId, request, transaction);
    try {
      screen(call, source);
    } catch (Exception e) {
      LOG.warn("call {}: could not screen the INVITE", callId, e);
      dispositions.failBeforeAnswer(call, "could not screen the call: " + Transactions.describe(e));
    }
  }

  private void refuse(ServerTransaction transaction, String callId, Refusal refusal)
      throws Exception {
    Response response =
        messages.response(transaction.getRequest(), refusal.status(), newTag(), null);
    if (refusal.retry()) {
      messages.addRetryAfter(response, settings.get().retryAfter());
      LOG.debug("call {}: refused with {}: {}", callId, refusal.status(), refusal.reason());
    } else {
      LOG.warn("call {}: refused with {}: {}", callId, refusal.status(), refusal.reason());
    }
    CallMessages.send(transaction, response);
  }

  /** A final status for an INVITE refused before screening; {@code retry}: a 503 Retry-After. */
  private record Refusal(int status, String reason, boolean retry) {}

  /**
   * Why the INVITE is refused before screening, or null. Checked before the 100 Trying, so a
   * refusal costs one response. Refusals for load (too many calls, overload) are reported as ended
   * calls and answered 503 with Retry-After.
   */
  private Refusal refusal(
      Request request, String callId, InetSocketAddress source, ServerTransaction transaction) {
    Optional<String> insecure =
        SipsUris.refusal(request, CallMessages.overTls(request, transaction));
    if (insecure.isPresent()) {
      return new Refusal(SipsUris.NOT_OVER_TLS, insecure.get(), false);
    }
    if (calls.get(callId) != null) {
      return new Refusal(
          Response.SERVICE_UNAVAILABLE, "a call with this Call-ID exists already", false);
    }
    int max = settings.get().maxCalls();
    if (calls.holdingSlots() >= max) {
      String peer = identity(request, source).number();
      calls.reportRefused(callId, peer, CallOutcome.FAILED, "too many calls (" + max + ")");
      return new Refusal(Response.SERVICE_UNAVAILABLE, "too many calls at once", true);
    }
    Optional<String> overload = dispositions.overloadRefusal();
    if (overload.isPresent()) {
      String peer = identity(request, source).number();
      calls.reportRefused(callId, peer, CallOutcome.FAILED, overload.get());
      return new Refusal(Response.SERVICE_UNAVAILABLE, overload.get(), true);
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
    Request request = call.invite();
    CallerIdentity who = identity(request, source);
    call.identify(who.number(), who.displayName());
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
            call.callId(),
            who.number(),
            who.source(),
            who.displayName(),
            who.privacy(),
            who.verstat(),
            fromValue(request),
            CallMessages.requestUser(request),
            source == null ? "" : source.getAddress().getHostAddress() + ":" + source.getPort());
    dispositions.askPolicy(call, incoming);
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
