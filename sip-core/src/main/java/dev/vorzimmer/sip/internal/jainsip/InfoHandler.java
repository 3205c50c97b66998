package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.DtmfEvent;
import dev.vorzimmer.sip.internal.DtmfInfoBody;
import dev.vorzimmer.sip.internal.ListenerBus;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-dialog INFO (RFC 6086, legacy usage without Info-Package): DTMF bodies are answered 200 and
 * published as {@link DtmfEvent}s; an INFO without a body is answered 200 (some phones use it as a
 * keep-alive); other body types get 415 with Accept; a malformed DTMF body gets 400 and is ignored;
 * INFO outside a call of ours gets 481. Never changes the call's state. Event thread.
 */
final class InfoHandler implements RequestHandler {

  private static final Logger LOG = LoggerFactory.getLogger(InfoHandler.class);
  private static final int MAX_BODY = 1024;

  private final CallTable calls;
  private final CallControl control;
  private final ListenerBus bus;
  private final DigitSink challenge;

  /** Where INFO digits go besides the listeners: the robot challenge. */
  interface DigitSink {
    void digit(CallSession call, char digit, String via);
  }

  InfoHandler(CallTable calls, CallControl control, ListenerBus bus, DigitSink challenge) {
    this.calls = calls;
    this.control = control;
    this.bus = bus;
    this.challenge = challenge;
  }

  @Override
  public void handle(RequestEvent event, SipContext context) throws Exception {
    ServerTransaction transaction = control.serverTransaction(event);
    if (transaction == null) {
      return;
    }
    Request request = event.getRequest();
    String callId = CallControl.callIdOf(request);
    CallSession call = calls.get(callId);
    if (call == null || call.is(CallState.ENDED)) {
      respond(context, transaction, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
      return;
    }
    byte[] raw = request.getRawContent();
    ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
    if (raw == null || raw.length == 0) {
      respond(context, transaction, Response.OK, null);
      return;
    }
    String contentType =
        type == null
            ? ""
            : (type.getContentType() + "/" + type.getContentSubType()).toLowerCase(Locale.ROOT);
    if (!DtmfInfoBody.understands(contentType)) {
      LOG.info(
          "call {}: INFO with {} refused with 415",
          callId,
          contentType.isEmpty() ? "no type" : contentType);
      respond(context, transaction, Response.UNSUPPORTED_MEDIA_TYPE, DtmfInfoBody.ACCEPT);
      return;
    }
    String body = raw.length > MAX_BODY ? "" : new String(raw, StandardCharsets.UTF_8);
    Optional<DtmfInfoBody.Key> key = DtmfInfoBody.parse(contentType, body);
    if (key.isEmpty()) {
      LOG.info("call {}: malformed {} INFO body ignored (400)", callId, contentType);
      respond(context, transaction, Response.BAD_REQUEST, null);
      return;
    }
    respond(context, transaction, Response.OK, null);
    bus.publishDtmf(new DtmfEvent(callId, key.get().digit(), key.get().duration(), contentType));
    challenge.digit(call, key.get().digit(), "info");
  }

  private static void respond(
      SipContext context, ServerTransaction transaction, int status, String accept)
      throws Exception {
    Response response = context.messages().createResponse(status, transaction.getRequest());
    if (accept != null) {
      for (String t : accept.split(",\\s*")) {
        String[] parts = t.split("/");
        response.addHeader(context.headers().createAcceptHeader(parts[0], parts[1]));
      }
    }
    CallMessages.send(transaction, response);
  }
}
