package dev.vorzimmer.sip.internal.jainsip;

import dev.vorzimmer.sip.Transport;
import java.text.ParseException;
import java.util.Optional;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Where {@code sips:} and {@code sip:} URIs differ (RFC 3261 §19.1, §26.2; RFC 5630). A {@code
 * sips:} URI asks for TLS on every hop: our Route and Contact for it are {@code sips:} themselves
 * (RFC 3261 §8.1.1.8, §10.2.1, §12.1.1), without the {@code transport=tls} parameter RFC 5630 §3.3
 * deprecates; a {@code sip:} URI over TCP or TLS names its transport as before.
 */
final class SipsUris {

  /**
   * The answer to a request for a {@code sips:} Request-URI that did not reach us over TLS: 416
   * Unsupported URI Scheme (RFC 3261 §8.2.2.1). We cannot serve the scheme on that hop, and taking
   * it would break the promise of §26.2.2 that a SIPS request is TLS-protected all the way; 480
   * would tell the caller to try again later, which cannot help over the same hop.
   */
  static final int NOT_OVER_TLS = Response.UNSUPPORTED_URI_SCHEME;

  private SipsUris() {}

  /** True for a {@code sips:} URI. */
  static boolean isSips(URI uri) {
    return uri != null && "sips".equalsIgnoreCase(uri.getScheme());
  }

  /** True when the text is a {@code sips:} URI (case-insensitive scheme). */
  static boolean isSips(String uri) {
    return uri != null && uri.strip().regionMatches(true, 0, "sips:", 0, 5);
  }

  /**
   * Makes {@code uri} an address of ours or of the first hop for {@code transport}: {@code sips:}
   * without a transport parameter when {@code sips}, else {@code transport=tcp|tls} on a stream.
   */
  static void addressOver(SipURI uri, Transport transport, boolean sips) throws ParseException {
    if (sips) {
      uri.setSecure(true);
      uri.removeParameter("transport");
    } else if (transport.connectionOriented()) {
      uri.setTransportParam(transport.sipName());
    }
  }

  /** Makes {@code uri} a loose-routing Route towards the first hop ({@code ;lr}). */
  static void route(SipURI uri, Transport transport, boolean sips) throws ParseException {
    if (sips) {
      uri.setSecure(true);
    } else {
      uri.setTransportParam(transport.sipName());
    }
    uri.setLrParam();
  }

  /**
   * Why a request must be refused with {@link #NOT_OVER_TLS}: its Request-URI is {@code sips:} but
   * it did not arrive over TLS ({@code overTls} is the transport of our hop); empty otherwise.
   */
  static Optional<String> refusal(Request request, boolean overTls) {
    if (!isSips(request.getRequestURI()) || overTls) {
      return Optional.empty();
    }
    return Optional.of("a sips: request that did not arrive over TLS");
  }

  /**
   * Why {@code target} cannot be called over {@code transport} (null for a local line): a {@code
   * sips:} target goes over TLS only, never over UDP or TCP; empty when it can.
   */
  static Optional<String> dialRefusal(String target, Transport transport) {
    if (!isSips(target) || transport == Transport.TLS) {
      return Optional.empty();
    }
    return Optional.of(
        "cannot call "
            + target.strip()
            + ": a sips: address is called over TLS only, but "
            + (transport == null
                ? "this phone has no account (a local line has no TLS)"
                : "the account uses transport = \"" + transport.sipName() + "\"")
            + "; set [account] transport = \"tls\" or call its sip: address");
  }
}
