package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.internal.SignallingSecurity;
import dev.vorzimmer.sip.sdp.MediaCapability;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.AllowHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Builds the responses and headers of calls: To tag, Contact, Allow and SDP bodies. */
final class CallMessages {

  /** The methods we accept; advertised in Allow of OPTIONS, 405 and call responses. */
  static final List<String> ALLOWED =
      List.of(
          Request.INVITE, Request.ACK, Request.CANCEL, Request.BYE, Request.OPTIONS, Request.INFO);

  private final SipContext context;
  private final String contactUser;

  CallMessages(SipContext context, String contactUser) {
    this.context = context;
    this.contactUser = contactUser;
  }

  String contactUser() {
    return contactUser;
  }

  /**
   * A response to {@code request} with our To tag (if given) and, for 1xx above 100 and 2xx, our
   * Contact.
   */
  Response response(Request request, int status, String toTag, String transport)
      throws ParseException {
    Response response = context.messages().createResponse(status, request);
    if (toTag != null && status > 100) {
      ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
    }
    if (status > 100 && status < 300) {
      response.addHeader(contact(transport, SipsUris.isSips(request.getRequestURI())));
    }
    return response;
  }

  /** Sends a response on the transaction, turning the stack's checked exceptions into one. */
  static void send(ServerTransaction transaction, Response response) throws SipException {
    try {
      transaction.sendResponse(response);
    } catch (javax.sip.InvalidArgumentException e) {
      throw new SipException("cannot send " + response.getStatusCode(), e);
    }
  }

  /**
   * Our Contact for dialogs: {@code sip:user@host:port} with our advertised (never wildcard)
   * address, with transport=tcp on TCP and transport=tls on TLS.
   */
  ContactHeader contact(String transport) throws ParseException {
    return contact(transport, false);
  }

  /** As {@link #contact(String)}; {@code sips} makes it a {@code sips:} URI (RFC 3261 §12.1.1). */
  ContactHeader contact(String transport, boolean sips) throws ParseException {
    SipURI uri = context.addresses().createSipURI(contactUser, context.advertised().contactHost());
    uri.setPort(context.advertised().contactPort());
    if (sips) {
      uri.setSecure(true);
    } else if ("tcp".equalsIgnoreCase(transport) || "tls".equalsIgnoreCase(transport)) {
      uri.setTransportParam(transport.toLowerCase(java.util.Locale.ROOT));
    }
    return context.headers().createContactHeader(context.addresses().createAddress(uri));
  }

  /** Adds one Allow header per method we accept. */
  void addAllow(Message message) throws ParseException {
    for (String method : ALLOWED) {
      AllowHeader allow = context.headers().createAllowHeader(method);
      message.addHeader(allow);
    }
  }

  /**
   * Adds {@code Warning: <code> <our host> "<text>"} (RFC 3261 §20.43) saying why an SDP was
   * refused.
   */
  void addWarning(Message message, MediaCapability.Refusal refusal) throws ParseException {
    try {
      message.addHeader(
          context
              .headers()
              .createWarningHeader(context.listenHost(), refusal.warnCode(), refusal.text()));
    } catch (javax.sip.InvalidArgumentException e) {
      throw new ParseException("bad warn-code " + refusal.warnCode(), 0);
    }
  }

  /**
   * Adds {@code Retry-After: <seconds>} (RFC 3261 §20.33) to a 503: when the caller, or the
   * provider routing the call, may try again.
   */
  void addRetryAfter(Message message, java.time.Duration after) throws ParseException {
    try {
      message.addHeader(
          context.headers().createRetryAfterHeader((int) Math.max(1, after.toSeconds())));
    } catch (javax.sip.InvalidArgumentException e) {
      throw new ParseException("bad Retry-After " + after, 0);
    }
  }

  /** Puts an SDP body into the message. */
  void setSdp(Message message, String sdp) throws ParseException {
    ContentTypeHeader type = context.headers().createContentTypeHeader("application", "sdp");
    message.setContent(sdp.getBytes(StandardCharsets.UTF_8), type);
  }

  /** The SDP body of a message, or null if it has none. */
  static String sdpOf(Message message) {
    byte[] raw = message.getRawContent();
    if (raw == null || raw.length == 0) {
      return null;
    }
    ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
    if (type != null && !"sdp".equalsIgnoreCase(type.getContentSubType())) {
      return null;
    }
    return new String(raw, StandardCharsets.UTF_8);
  }

  /** The transport a request arrived on, from its top Via ("udp" or "tcp"). */
  static String transportOf(Request request) {
    ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
    return via == null ? "udp" : via.getTransport().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the INVITE of a call ran over TLS on our hop: the transaction's connection, else its
   * topmost Via, else a {@code sips:} Request-URI ({@link SignallingSecurity}).
   */
  static boolean overTls(Request invite, javax.sip.Transaction transaction) {
    String connection =
        transaction instanceof gov.nist.javax.sip.stack.SIPTransaction t ? t.getTransport() : null;
    ViaHeader via = (ViaHeader) invite.getHeader(ViaHeader.NAME);
    return SignallingSecurity.overTls(
        connection,
        via == null ? null : via.getTransport(),
        "sips".equalsIgnoreCase(invite.getRequestURI().getScheme()));
  }

  /** The user part of the Request-URI, or "" for non-SIP URIs. */
  static String requestUser(Request request) {
    if (request.getRequestURI() instanceof SipURI uri && uri.getUser() != null) {
      return uri.getUser();
    }
    return "";
  }
}
