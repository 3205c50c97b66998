package dev.vorzimmer.sip.internal.jainsip;

import gov.nist.javax.sip.header.HeaderExt;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import javax.sip.header.Header;
import javax.sip.message.Message;

/** Reads header values as text, whatever class the stack parsed them into. */
final class Headers {

  private Headers() {}

  /** The values of every header named {@code name}, without the name, in message order. */
  static List<String> values(Message message, String name) {
    List<String> values = new ArrayList<>();
    ListIterator<?> headers = message.getHeaders(name);
    while (headers != null && headers.hasNext()) {
      Header header = (Header) headers.next();
      values.add(valueOf(header));
    }
    return values;
  }

  private static String valueOf(Header header) {
    if (header instanceof HeaderExt ext) {
      return ext.getValue();
    }
    String text = header.toString().strip();
    int colon = text.indexOf(':');
    return colon < 0 ? text : text.substring(colon + 1).strip();
  }

  /** A response's Retry-After (RFC 3261 20.33), at most {@code cap}; zero when absent. */
  static java.time.Duration retryAfter(
      javax.sip.message.Response response, java.time.Duration cap) {
    javax.sip.header.RetryAfterHeader header =
        (javax.sip.header.RetryAfterHeader)
            response.getHeader(javax.sip.header.RetryAfterHeader.NAME);
    if (header == null || header.getRetryAfter() <= 0) {
      return java.time.Duration.ZERO;
    }
    java.time.Duration asked = java.time.Duration.ofSeconds(header.getRetryAfter());
    return asked.compareTo(cap) > 0 ? cap : asked;
  }
}
