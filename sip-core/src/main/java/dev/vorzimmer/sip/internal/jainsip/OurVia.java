package dev.vorzimmer.sip.internal.jainsip;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/**
 * Our Via: the advertised address (never the wildcard we may be bound to) and {@code rport} (RFC
 * 3581) on every request, plus {@code alias} (RFC 5923) on TLS. The stack builds in-dialog requests
 * (BYE, re-INVITE, ACK) from its listening point, whose address is the bound one; {@link #fix}
 * corrects those.
 */
final class OurVia {

  /**
   * RFC 5923: on TLS the provider may send requests for our Contact (same address and port as our
   * Via) over the connection our request came on, instead of opening one to us.
   */
  private static final String ALIAS = "alias";

  private OurVia() {}

  /** A new Via for a request we originate over {@code transport}. */
  static ViaHeader create(SipContext context, String transport)
      throws ParseException, InvalidArgumentException {
    ViaHeader via =
        context
            .headers()
            .createViaHeader(
                context.advertised().viaHost(), context.advertised().viaPort(), transport, null);
    via.setRPort();
    if ("tls".equalsIgnoreCase(transport)) {
      via.setParameter(ALIAS, null);
    }
    return via;
  }

  /**
   * Puts our advertised sent-by and {@code rport} into the top Via of a request the stack built.
   */
  static Request fix(SipContext context, Request request)
      throws ParseException, InvalidArgumentException {
    ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
    if (via != null) {
      via.setHost(context.advertised().viaHost());
      via.setPort(context.advertised().viaPort());
      via.setRPort();
      if ("tls".equalsIgnoreCase(via.getTransport())) {
        via.setParameter(ALIAS, null);
      }
    }
    return request;
  }
}
