package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallMedia;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import java.time.Duration;
import javax.sip.ClientTransaction;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests within calls, in both directions: CANCEL, ACK, BYE and re-INVITE from the peer, and our
 * BYE. Runs on the SIP event thread.
 */
final class CallControl implements Connector.Hangup {

  private static final Logger LOG = LoggerFactory.getLogger(CallControl.class);

  /**
   * How long we wait for the answer to our BYE or CANCEL before we consider the call over anyway.
   */
  static final Duration ENDING_TIMEOUT = Duration.ofSeconds(5);

  private final SipContext context;
  private final CallTable calls;
  private final CallMessages messages;
  private Connector connector;
  private Challenges challenges;

  CallControl(SipContext context, CallTable calls, CallMessages messages) {
    this.context = context;
    this.calls = calls;
    this.messages = messages;
  }

  void connector(Connector value) {
    this.connector = value;
  }

  void challenges(Challenges value) {
    this.challenges = value;
  }

  /** CANCEL: 200 to it; while screening or ringing also 487 to the INVITE and the call is over. */
  void onCancel(RequestEvent event) throws Exception {
    ServerTransaction transaction = serverTransaction(event);
    if (transaction == null) {
      return;
    }
    CallSession call = calls.get(callIdOf(event.getRequest()));
    if (call == null || !call.incoming()) {
      CallMessages.send(
          transaction,
          messages.response(
              event.getRequest(), Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null));
      return;
    }
    CallMessages.send(transaction, messages.response(event.getRequest(), Response.OK, null, null));
    if (call.is(CallState.SCREENING, CallState.RINGING) && !call.preAnswered()) {
      boolean rang = call.is(CallState.RINGING);
      connector.reject(
          call,
          Response.REQUEST_TERMINATED,
          rang ? CallOutcome.MISSED : CallOutcome.CANCELLED,
          rang ? "caller hung up while it rang" : "caller hung up during screening");
    }
  }

  /** ACK of a 2xx (ACKs of error responses stay in the transaction layer). */
  void onAck(RequestEvent event) {
    CallSession call = calls.get(callIdOf(event.getRequest()));
    if (call != null && call.incoming()) {
      connector.onAck(call, event.getRequest());
    }
  }

  /** BYE from the peer: 200, and the call is over. */
  void onBye(RequestEvent event) throws Exception {
    ServerTransaction transaction = serverTransaction(event);
    if (transaction == null) {
      return;
    }
    CallSession call = calls.get(callIdOf(event.getRequest()));
    boolean ringingAnswered = call != null && call.preAnswered() && call.is(CallState.RINGING);
    if (call == null
        || (!ringingAnswered
            && call.is(CallState.SCREENING, CallState.RINGING, CallState.CALLING))) {
      CallMessages.send(
          transaction,
          messages.response(
              event.getRequest(), Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null));
      return;
    }
    CallMessages.send(transaction, messages.response(event.getRequest(), Response.OK, null, null));
    CallOutcome outcome = call.is(CallState.ENDING) ? call.endingOutcome() : connectedOutcome(call);
    if (call.is(CallState.CHALLENGE)) {
      challenges.hungUp(call);
      calls.end(call, outcome, "the caller hung up during the challenge");
      return;
    }
    calls.end(call, outcome, "the other side hung up");
  }

  /** Sends BYE and waits (bounded) for its answer; the call ends with {@code outcome}. */
  @Override
  public void bye(CallSession call, CallOutcome outcome, String reason) {
    if (call.dialog() == null || call.is(CallState.ENDING, CallState.ENDED)) {
      calls.end(call, outcome, reason);
      return;
    }
    call.endingWith(outcome, reason);
    if (sendBye(call)) {
      startEnding(call, outcome, reason);
    }
  }

  /** Sends BYE in the call's dialog; on failure the call ends at once and false is returned. */
  boolean sendBye(CallSession call) {
    try {
      Request bye = OurVia.fix(context, call.dialog().createRequest(Request.BYE));
      ClientTransaction transaction = context.provider().getNewClientTransaction(bye);
      transaction.setApplicationData(new EndingHandler(call));
      call.dialog().sendRequest(transaction);
      return true;
    } catch (Exception e) {
      LOG.warn("call {}: could not send BYE", call.callId(), e);
      calls.end(
          call,
          call.endingOutcome(),
          call.endingReason() + " (BYE could not be sent: " + Transactions.describe(e) + ")");
      return false;
    }
  }

  /** Moves the call to ENDING; it ends when the answer arrives or after {@link #ENDING_TIMEOUT}. */
  void startEnding(CallSession call, CallOutcome outcome, String reason) {
    call.endingWith(outcome, reason);
    calls.move(call, CallState.ENDING, reason);
    calls.schedule(
        call,
        ENDING_TIMEOUT,
        () -> calls.end(call, outcome, reason + " (no answer to our request)"));
  }

  /** How a connected call ends when either side hangs up. */
  static CallOutcome connectedOutcome(CallSession call) {
    if (call.is(CallState.ENDING)) {
      return call.endingOutcome();
    }
    if (call.is(CallState.CALLING, CallState.EARLY)) {
      return CallOutcome.FAILED;
    }
    if (call.is(CallState.CHALLENGE) || call.media().purpose() == CallMedia.Purpose.CHALLENGE) {
      return CallOutcome.CANCELLED;
    }
    if (call.is(CallState.RINGING) || call.media().purpose() == CallMedia.Purpose.RINGBACK) {
      return CallOutcome.MISSED;
    }
    return call.media().purpose() == CallMedia.Purpose.VOICEMAIL
        ? CallOutcome.VOICEMAIL
        : CallOutcome.ANSWERED;
  }

  ServerTransaction serverTransaction(RequestEvent event) throws Exception {
    if (event.getServerTransaction() != null) {
      return event.getServerTransaction();
    }
    try {
      return context.provider().getNewServerTransaction(event.getRequest());
    } catch (TransactionAlreadyExistsException e) {
      LOG.debug("retransmitted {} absorbed", event.getRequest().getMethod());
      return null;
    }
  }

  static String callIdOf(javax.sip.message.Message message) {
    return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
  }

  /** Ends the call once our BYE or CANCEL is answered (or failed). */
  private final class EndingHandler implements ClientResponseHandler {
    private final CallSession call;

    EndingHandler(CallSession call) {
      this.call = call;
    }

    @Override
    public void onResponse(ResponseEvent event) {
      if (event.getResponse().getStatusCode() >= 200) {
        calls.end(call, call.endingOutcome(), call.endingReason());
      }
    }

    @Override
    public void onFailure(ClientTransactionFailure failure) {
      calls.end(call, call.endingOutcome(), call.endingReason() + " (" + failure.reason() + ")");
    }
  }
}
