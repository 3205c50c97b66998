package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import dev.vorzimmer.sip.Transport;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/**
 * Builds the INVITE of an outgoing call: from our AOR (with the display name), routed (loose
 * routing) via the current first hop, the outbound proxy or registrar, when we have an account. A
 * {@code sips:} target (or any target of a SIPS account) gets a {@code sips:} Route and Contact; a
 * {@code sips:} target without a TLS account is refused, never sent over UDP or TCP.
 */
final class InviteBuilder {

  private final SipContext context;
  private final Optional<AccountConfig> account;
  private final CallMessages messages;
  private final String localAor;
  private final ProviderRoute route;

  InviteBuilder(
      SipContext context,
      Optional<AccountConfig> account,
      CallMessages messages,
      String localAor,
      ProviderRoute route) {
    this.context = context;
    this.account = account;
    this.messages = messages;
    this.localAor = localAor;
    this.route = route;
  }

  Request invite(String callId, String target, String sdp)
      throws ParseException, InvalidArgumentException {
    URI targetUri = context.addresses().createURI(target);
    Transport transport = account.map(AccountConfig::transport).orElse(Transport.UDP);
    Optional<String> refusal =
        SipsUris.dialRefusal(target, account.map(AccountConfig::transport).orElse(null));
    if (refusal.isPresent()) {
      throw new ParseException(refusal.get(), 0);
    }
    boolean sips = SipsUris.isSips(targetUri) || account.map(AccountConfig::sips).orElse(false);
    Address from = context.addresses().createAddress(context.addresses().createURI(localAor));
    Optional<String> displayName = account.flatMap(a -> a.provider().displayName());
    if (displayName.isPresent()) {
      from.setDisplayName(displayName.get());
    }
    FromHeader fromHeader =
        context.headers().createFromHeader(from, UUID.randomUUID().toString().substring(0, 10));
    ToHeader to =
        context.headers().createToHeader(context.addresses().createAddress(targetUri), null);
    CallIdHeader callIdHeader = context.headers().createCallIdHeader(callId);
    CSeqHeader cseq = context.headers().createCSeqHeader(1L, Request.INVITE);
    ViaHeader via = OurVia.create(context, transport.sipName());
    Request request =
        context
            .messages()
            .createRequest(
                targetUri,
                Request.INVITE,
                callIdHeader,
                cseq,
                fromHeader,
                to,
                List.of(via),
                context.headers().createMaxForwardsHeader(70));
    if (account.isPresent()) {
      AccountConfig a = account.get();
      SipURI hop = RequestBuilder.hopUri(context, route, a);
      SipsUris.route(hop, a.transport(), sips);
      request.addHeader(
          context.headers().createRouteHeader(context.addresses().createAddress(hop)));
    }
    request.addHeader(messages.contact(transport.sipName(), sips));
    request.addHeader(context.headers().createUserAgentHeader(List.of("Vorzimmer")));
    messages.addAllow(request);
    messages.setSdp(request, sdp);
    return request;
  }
}
