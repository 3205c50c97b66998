package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.AccountConfig;
import java.text.ParseException;
import java.util.List;
import java.util.ListIterator;
import java.util.UUID;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Builds the requests of one account's registration: REGISTER (same Call-ID and increasing CSeq for
 * the lifetime of the agent, as RFC 3261 section 10.2 asks) and OPTIONS keep-alives, all routed via
 * the current first hop (outbound proxy or registrar, {@link ProviderRoute}).
 */
final class RequestBuilder {

  private static final String USER_AGENT = "Vorzimmer";

  private final SipContext context;
  private final AccountConfig account;
  private final ProviderRoute route;
  private final String callId;
  private final String fromTag;
  private long cseq;
  private SipURI staleContact;

  RequestBuilder(SipContext context, AccountConfig account, ProviderRoute route) {
    this.context = context;
    this.account = account;
    this.route = route;
    this.callId = context.advertised().newCallId();
    this.fromTag = UUID.randomUUID().toString().substring(0, 8);
  }

  /** A REGISTER asking for {@code expires} seconds (0 removes our contact). */
  Request register(int expires) throws ParseException, InvalidArgumentException {
    SipURI requestUri = context.addresses().createSipURI(null, account.domain());
    requestUri.setSecure(account.sips());
    Request request = newRequest(Request.REGISTER, requestUri, callId, ++cseq);
    ContactHeader contact = context.headers().createContactHeader(ourContactAddress());
    if (expires == 0) {
      contact.setExpires(0);
    }
    request.addHeader(contact);
    if (staleContact != null && expires > 0) {
      ContactHeader stale =
          context.headers().createContactHeader(context.addresses().createAddress(staleContact));
      stale.setExpires(0);
      request.addHeader(stale);
      staleContact = null;
    }
    request.addHeader(context.headers().createExpiresHeader(expires));
    return request;
  }

  /** The next REGISTER also removes our Contact at {@code host:port} (our address changed). */
  void removeOnNextRegister(String host, int port) {
    try {
      SipURI uri = context.addresses().createSipURI(account.user(), host);
      uri.setPort(port);
      SipsUris.addressOver(uri, account.transport(), account.sips());
      staleContact = uri;
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a contact host: " + host, e);
    }
  }

  /**
   * An out-of-dialog OPTIONS to the current first hop (proxy or registrar), used as UDP keep-alive.
   */
  Request options() throws ParseException, InvalidArgumentException {
    SipURI target = hopUri();
    SipsUris.addressOver(target, account.transport(), account.sips());
    String newCallId = context.advertised().newCallId();
    return newRequest(Request.OPTIONS, target, newCallId, 1);
  }

  /** The current first hop's SIP URI (host and port). */
  SipURI hop() throws ParseException {
    return hopUri();
  }

  /** Keeps our CSeq ahead of a request the stack re-originated (digest retry increments it). */
  void noteSent(Request request) {
    CSeqHeader sent = (CSeqHeader) request.getHeader(CSeqHeader.NAME);
    if (sent != null
        && callId.equals(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId())) {
      cseq = Math.max(cseq, sent.getSeqNumber());
    }
  }

  /**
   * The lifetime the registrar granted us: the {@code expires} parameter of our own Contact in the
   * 200, else its Expires header, else what we asked for.
   */
  int grantedExpires(Response ok, int requested) {
    ListIterator<?> contacts = ok.getHeaders(ContactHeader.NAME);
    while (contacts != null && contacts.hasNext()) {
      ContactHeader contact = (ContactHeader) contacts.next();
      if (isOurs(contact) && contact.getExpires() > 0) {
        return contact.getExpires();
      }
    }
    ExpiresHeader expires = ok.getExpires();
    return expires != null && expires.getExpires() > 0 ? expires.getExpires() : requested;
  }

  private boolean isOurs(ContactHeader contact) {
    if (contact.getAddress() == null || !(contact.getAddress().getURI() instanceof SipURI uri)) {
      return false;
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 5060;
    return account.user().equals(uri.getUser())
        && sameHost(context.advertised().contactHost(), uri.getHost())
        && port == context.advertised().contactPort();
  }

  private static boolean sameHost(String ours, String theirs) {
    return ours.equalsIgnoreCase(theirs) || ours.equalsIgnoreCase("[" + theirs + "]");
  }

  private Request newRequest(String method, SipURI requestUri, String callIdValue, long seq)
      throws ParseException, InvalidArgumentException {
    Address aor = context.addresses().createAddress(context.addresses().createURI(account.aor()));
    ToHeader to = context.headers().createToHeader(aor, null);
    Address fromAddress =
        context.addresses().createAddress(context.addresses().createURI(account.aor()));
    if (account.provider().displayName().isPresent()) {
      fromAddress.setDisplayName(account.provider().displayName().get());
    }
    FromHeader from = context.headers().createFromHeader(fromAddress, fromTag);
    CallIdHeader callIdHeader = context.headers().createCallIdHeader(callIdValue);
    CSeqHeader cseqHeader = context.headers().createCSeqHeader(seq, method);
    ViaHeader via = OurVia.create(context, account.transport().sipName());
    Request request =
        context
            .messages()
            .createRequest(
                requestUri,
                method,
                callIdHeader,
                cseqHeader,
                from,
                to,
                List.of(via),
                context.headers().createMaxForwardsHeader(70));
    request.addHeader(
        context.headers().createRouteHeader(context.addresses().createAddress(registrarRoute())));
    request.addHeader(context.headers().createUserAgentHeader(List.of(USER_AGENT)));
    return request;
  }

  private SipURI registrarRoute() throws ParseException {
    SipURI uri = hopUri();
    SipsUris.route(uri, account.transport(), account.sips());
    return uri;
  }

  /** The address the latest resolution chose (an IP literal), else the first hop as configured. */
  private SipURI hopUri() throws ParseException {
    return hopUri(context, route, account);
  }

  /** Shared with outgoing calls: the SIP URI of the current first hop, without parameters. */
  static SipURI hopUri(SipContext context, ProviderRoute route, AccountConfig account)
      throws ParseException {
    SipURI uri;
    if (route.current().isPresent()) {
      String ip = route.current().get().getAddress().getHostAddress();
      uri = context.addresses().createSipURI(null, ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip);
      uri.setPort(route.current().get().getPort());
    } else {
      uri = context.addresses().createSipURI(null, account.firstHop().host());
      uri.setPort(account.firstHop().portOrDefault(account.transport()));
    }
    return uri;
  }

  private Address ourContactAddress() throws ParseException {
    SipURI uri =
        context.addresses().createSipURI(account.user(), context.advertised().contactHost());
    uri.setPort(context.advertised().contactPort());
    SipsUris.addressOver(uri, account.transport(), account.sips());
    return context.addresses().createAddress(uri);
  }
}
