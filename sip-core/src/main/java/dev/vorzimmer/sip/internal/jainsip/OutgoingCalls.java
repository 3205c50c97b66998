package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.MediaPlan;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls we place: INVITE with our offer (via the outbound proxy or registrar), digest answer to
 * 401/407 (only for the account's realm, {@link DigestRealms}; a local line answers none), 180/183
 * (early media), 200 + ACK, CANCEL while unanswered. Runs on the SIP event thread.
 */
final class OutgoingCalls implements ClientResponseHandler {

  private static final Logger LOG = LoggerFactory.getLogger(OutgoingCalls.class);

  private final SipContext context;
  private final CallTable calls;
  private final CallControl control;
  private final CallMedia media;
  private final InviteBuilder invites;
  private final Optional<AuthenticationHelper> digest;
  private final DigestRealms realms;

  OutgoingCalls(
      SipContext context,
      CallTable calls,
      CallControl control,
      CallMedia media,
      InviteBuilder invites,
      Optional<AuthenticationHelper> digest,
      DigestRealms realms) {
    this.realms = realms;
    this.context = context;
    this.calls = calls;
    this.control = control;
    this.media = media;
    this.invites = invites;
    this.digest = digest;
  }

  /** Sends the INVITE of a new call to {@code target} (a SIP URI) under the given Call-ID. */
  void place(String callId, String target, String peer) {
    CallSession call = new CallSession(callId, false, CallState.CALLING);
    call.identify(peer, "");
    calls.add(call, "calling " + target);
    try {
      call.prepared(media.prepare(callId, context.advertised().bindHost()));
      String offer =
          call.media().offerFirst(context.advertised().sdpHost(), call.media().leg().localPort());
      Request invite = invites.invite(callId, target, offer);
      ClientTransaction transaction = context.provider().getNewClientTransaction(invite);
      call.inviting(invite, CallMessages.overTls(invite, transaction));
      send(call, transaction);
    } catch (Exception e) {
      LOG.warn("call {}: cannot call {}", callId, target, e);
      calls.end(call, CallOutcome.FAILED, "cannot send INVITE: " + Transactions.describe(e));
    }
  }

  /** The user gives up or hangs up: CANCEL before the answer, BYE after it. */
  void hangUp(CallSession call) {
    if (call.is(CallState.ACTIVE)) {
      control.bye(call, CallOutcome.ANSWERED, "we hung up");
    } else if (call.is(CallState.CALLING, CallState.EARLY)) {
      control.startEnding(call, CallOutcome.CANCELLED, "we hung up before the answer");
      if (call.outgoing().provisionalSeen()) {
        sendCancel(call);
      } else {
        call.outgoing().cancelOnProvisional();
      }
    }
  }

  @Override
  public void onResponse(ResponseEvent event) {
    Response response = event.getResponse();
    CallSession call = calls.get(CallControl.callIdOf(response));
    if (call == null
        || call.incoming()
        || event.getClientTransaction() != call.outgoing().transaction()) {
      return;
    }
    int status = response.getStatusCode();
    if (status < 200) {
      onProvisional(call, response);
    } else if (status < 300) {
      onAnswered(call, event);
    } else if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED)
        && !call.is(CallState.ENDING)
        && digest.isPresent()
        && realms.refusalForCall(response).isPresent()) {
      String refusal = realms.refusalForCall(response).get();
      LOG.warn("call {}: {}", call.callId(), refusal);
      calls.end(
          call, CallOutcome.FAILED, status + " " + response.getReasonPhrase() + ": " + refusal);
    } else if ((status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED)
        && !call.is(CallState.ENDING)
        && retryWithCredentials(call, event)) {
      LOG.info("call {}: answered the {} challenge", call.callId(), status);
    } else if (call.is(CallState.ENDING)) {
      calls.end(call, call.endingOutcome(), call.endingReason());
    } else {
      calls.end(call, CallOutcome.FAILED, status + " " + response.getReasonPhrase());
    }
  }

  @Override
  public void onFailure(ClientTransactionFailure failure) {
    CallSession call = calls.get(CallControl.callIdOf(failure.transaction().getRequest()));
    if (call != null
        && failure.transaction() == call.outgoing().transaction()
        && !call.is(CallState.ACTIVE)) {
      calls.end(
          call,
          call.is(CallState.ENDING) ? call.endingOutcome() : CallOutcome.FAILED,
          failure.reason());
    }
  }

  private void onProvisional(CallSession call, Response response) {
    if (call.outgoing().provisionalArrived()) {
      sendCancel(call);
      return;
    }
    int status = response.getStatusCode();
    if (status == Response.TRYING || call.is(CallState.ENDING)) {
      return;
    }
    if (call.is(CallState.CALLING)) {
      calls.move(call, CallState.EARLY, status + " " + response.getReasonPhrase());
    }
    if (!call.media().started()) {
      MediaPlans.fromAnswerIn(response, context.listenHost(), call.media().keys())
          .ifPresent(plan -> startLeg(call, plan));
    }
  }

  private void onAnswered(CallSession call, ResponseEvent event) {
    Dialog dialog =
        event.getDialog() != null ? event.getDialog() : event.getClientTransaction().getDialog();
    call.joinDialog(dialog);
    try {
      long cseq = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getSeqNumber();
      dialog.sendAck(OurVia.fix(context, dialog.createAck(cseq)));
    } catch (Exception e) {
      LOG.warn("call {}: cannot ACK the 200", call.callId(), e);
    }
    if (call.is(CallState.ENDING)) {
      control.sendBye(call);
      return;
    }
    if (call.is(CallState.ACTIVE)) {
      return;
    }
    Optional<MediaPlan> plan =
        MediaPlans.fromAnswerIn(event.getResponse(), context.listenHost(), call.media().keys());
    if (plan.isEmpty() && !call.media().started()) {
      control.bye(call, CallOutcome.FAILED, "the answer has no usable SDP");
      return;
    }
    plan.ifPresent(
        p -> {
          if (call.media().started()) {
            call.updateMedia(p);
          } else {
            startLeg(call, p);
          }
        });
    calls.move(call, CallState.ACTIVE, "answered");
  }

  private void startLeg(CallSession call, MediaPlan plan) {
    try {
      call.startMedia(plan, CallMedia.Purpose.LIVE, "");
    } catch (RuntimeException e) {
      LOG.warn("call {}: media did not start", call.callId(), e);
    }
  }

  private boolean retryWithCredentials(CallSession call, ResponseEvent event) {
    if (digest.isEmpty() || !call.outgoing().answerDigestChallenge(2)) {
      return false;
    }
    try {
      ClientTransaction retry =
          digest
              .get()
              .handleChallenge(
                  event.getResponse(), event.getClientTransaction(), context.provider(), 5);
      send(call, retry);
      return true;
    } catch (Exception e) {
      LOG.warn("call {}: cannot answer the digest challenge", call.callId(), e);
      return false;
    }
  }

  private void send(CallSession call, ClientTransaction transaction) throws Exception {
    transaction.setApplicationData(this);
    call.sending(transaction, context.provider().getNewDialog(transaction));
    transaction.sendRequest();
  }

  private void sendCancel(CallSession call) {
    try {
      Request cancel = call.outgoing().transaction().createCancel();
      ClientTransaction transaction = context.provider().getNewClientTransaction(cancel);
      transaction.sendRequest();
    } catch (Exception e) {
      LOG.warn("call {}: cannot send CANCEL", call.callId(), e);
      calls.end(
          call,
          call.endingOutcome(),
          call.endingReason() + " (CANCEL failed: " + Transactions.describe(e) + ")");
    }
  }
}
