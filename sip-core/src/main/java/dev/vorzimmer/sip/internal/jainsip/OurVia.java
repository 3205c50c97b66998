package dev.vorzimmer.sip.internal.jainsip;

import java.text.ParseException;
import javax.sip.InvalidArgumentException;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/**
 * Our Via: the advertised address (never the wildcard we may be bound to) and {@code rport} (RFC
 * 3581) on every request. The stack builds in-dialog requests (BYE, re-INVITE, ACK) from its
 * listening point, whose address is the bound one; {@link #fix} corrects those.
 */
final class OurVia {

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
    }
    return request;
  }
}
