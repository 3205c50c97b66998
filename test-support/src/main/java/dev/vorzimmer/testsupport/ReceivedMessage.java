package dev.vorzimmer.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SIP message as the lab's Kamailio received it (logged as {@code VZ-MSG src=IP:PORT BASE64}).
 *
 * @param sourceAddress IP address the message came from (after NAT: the router's public address)
 * @param sourcePort UDP/TCP port it came from
 * @param text the message exactly as received, headers and body
 */
public record ReceivedMessage(String sourceAddress, int sourcePort, String text) {

  static final Pattern LOG_LINE = Pattern.compile("VZ-MSG src=(\\S+):(\\d+) (\\S+)");

  static ReceivedMessage parse(String line) {
    Matcher m = LOG_LINE.matcher(line);
    if (!m.find()) {
      throw new IllegalArgumentException("not a VZ-MSG line: " + line);
    }
    String text = new String(Base64.getMimeDecoder().decode(m.group(3)), StandardCharsets.UTF_8);
    return new ReceivedMessage(m.group(1), Integer.parseInt(m.group(2)), text);
  }

  /** The start line (request line or status line). */
  public String firstLine() {
    int end = text.indexOf('\r');
    return end < 0 ? text : text.substring(0, end);
  }
}
