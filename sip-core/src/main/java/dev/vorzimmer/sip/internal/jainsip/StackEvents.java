package dev.vorzimmer.sip.internal.jainsip;

import java.util.Map;
import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives every JAIN-SIP callback of one agent and moves it onto the single event thread: requests
 * go to the handler of their method (501 for unknown ones), responses and timeouts to the handler
 * of their client transaction, network errors to registration.
 */
final class StackEvents implements SipListener {

  private static final Logger LOG = LoggerFactory.getLogger(StackEvents.class);

  private final SipContext context;
  private final Map<String, RequestHandler> requestHandlers;
  private final Optional<RegistrationClient> registration;
  private final CallService calls;

  StackEvents(SipContext context, Optional<RegistrationClient> registration, CallService calls) {
    this.context = context;
    this.requestHandlers = calls.handlers();
    this.registration = registration;
    this.calls = calls;
  }

  @Override
  public void processRequest(RequestEvent event) {
    context.events().execute(() -> dispatchRequest(event));
  }

  @Override
  public void processResponse(ResponseEvent event) {
    context
        .events()
        .execute(
            () -> {
              ClientResponseHandler handler = handlerOf(event.getClientTransaction());
              if (handler == null
                  && event.getDialog() != null
                  && event.getResponse().getStatusCode() / 100 == 2) {
                handler = calls.outgoingHandler();
              }
              if (handler == null) {
                LOG.debug(
                    "response without our transaction: {}", event.getResponse().getStatusCode());
                return;
              }
              try {
                handler.onResponse(event);
              } catch (RuntimeException e) {
                LOG.warn(
                    "could not handle response {} for Call-ID {}",
                    event.getResponse().getStatusCode(),
                    CallControl.callIdOf(event.getResponse()),
                    e);
              }
            });
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    if (event.isServerTransaction()) {
      return;
    }
    context
        .events()
        .execute(
            () -> {
              ClientResponseHandler handler = handlerOf(event.getClientTransaction());
              if (handler != null) {
                handler.onFailure(
                    new ClientResponseHandler.ClientTransactionFailure(
                        event.getClientTransaction(), "transaction timed out"));
              }
            });
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    LOG.info(
        "network error towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    context
        .events()
        .execute(
            () ->
                registration.ifPresent(
                    r -> r.onNetworkError(event.getHost(), event.getPort(), event.getTransport())));
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    // transactions end on their own; our handlers already saw the final response or timeout
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {
    // calls end through BYE/CANCEL handling and their own timers, not through the stack's dialog
    // reaping
  }

  private static String callIdOf(Request request) {
    javax.sip.header.CallIdHeader callId =
        (javax.sip.header.CallIdHeader) request.getHeader("Call-ID");
    return callId == null ? "none" : callId.getCallId();
  }

  private static String sourceOf(Request request) {
    gov.nist.javax.sip.message.SIPMessage message = (gov.nist.javax.sip.message.SIPMessage) request;
    return message.getPeerPacketSourceAddress() == null
        ? "unknown"
        : message.getPeerPacketSourceAddress().getHostAddress()
            + ":"
            + message.getPeerPacketSourcePort();
  }

  private static ClientResponseHandler handlerOf(ClientTransaction transaction) {
    if (transaction != null
        && transaction.getApplicationData() instanceof ClientResponseHandler handler) {
      return handler;
    }
    return null;
  }

  private void dispatchRequest(RequestEvent event) {
    Request request = event.getRequest();
    String method = request.getMethod();
    RequestHandler handler = requestHandlers.get(method);
    try {
      if (handler != null) {
        handler.handle(event, context);
      } else if (!Request.ACK.equals(method)) {
        Response notImplemented =
            context.messages().createResponse(Response.NOT_IMPLEMENTED, request);
        calls.addAllow(notImplemented);
        context.provider().sendResponse(notImplemented);
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "could not handle {} (Call-ID {}) from {}",
          method,
          callIdOf(request),
          sourceOf(request),
          e);
    } catch (Exception e) {
      LOG.info(
          "could not answer {} (Call-ID {}) from {}: {}",
          method,
          callIdOf(request),
          sourceOf(request),
          Transactions.describe(e));
      LOG.debug("answer failure", e);
    }
  }
}
