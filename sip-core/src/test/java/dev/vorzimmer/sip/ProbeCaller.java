package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.SipProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The caller's side of one dialog with a local-line agent on 127.0.0.1, written by hand. */
final class ProbeCaller {
  static final Duration WAIT = Duration.ofSeconds(5);
  static final String SDP =
      "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
          + "m=audio 40000 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
          + "a=rtpmap:101 telephone-event/8000\r\n";

  final SipProbe probe;
  final int port;
  final String uri;
  final String number;
  final String callId = UUID.randomUUID() + "@127.0.0.1";
  String toTag;
  String target;

  ProbeCaller(SipProbe probe, int port, String number) {
    this.probe = probe;
    this.port = port;
    this.number = number;
    this.uri = "sip:vorzimmer@127.0.0.1:" + port;
    this.target = uri;
  }

  /** INVITE with an SDP offer; returns the first final response. */
  String invite() throws Exception {
    return request("INVITE", 1, "application/sdp", SDP);
  }

  /** INVITE, 200 expected, ACK. */
  void inviteAnswered() throws Exception {
    String ok = invite();
    assertThat(SipProbe.statusOf(ok)).as(ok).isEqualTo(200);
    toTag = group(ok, "(?m)^To: .*;tag=([^;\\s]+)");
    target = group(ok, "(?m)^Contact: <([^>]+)>");
    probe.send(message("ACK", 1, null, ""), port);
  }

  String info(int cseq, String type, String body) throws Exception {
    return request("INFO", cseq, type, body);
  }

  String request(String method, int cseq, String type, String body) throws Exception {
    probe.send(message(method, cseq, type, body), port);
    return probe.awaitMessage(
        m ->
            m.startsWith("SIP/2.0 ")
                && !m.startsWith("SIP/2.0 1")
                && m.contains("CSeq: " + cseq + " " + method),
        WAIT);
  }

  /** Waits for a request of {@code method} from the agent and answers it 200. */
  String awaitRequestAndOk(String method, Duration timeout) throws Exception {
    String req = probe.awaitMessage(m -> m.startsWith(method + " "), timeout);
    StringBuilder ok = new StringBuilder("SIP/2.0 200 OK\r\n");
    for (String line : req.split("\r\n")) {
      if (line.matches("(?i)^(Via|From|To|Call-ID|CSeq):.*")) {
        ok.append(line).append("\r\n");
      }
    }
    ok.append("Content-Length: 0\r\n\r\n");
    probe.send(ok.toString(), port);
    return req;
  }

  String message(String method, int cseq, String type, String body) {
    String from = "127.0.0.1:" + probe.port();
    return method
        + " "
        + target
        + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP "
        + from
        + ";rport;branch=z9hG4bK"
        + UUID.randomUUID()
        + "\r\nMax-Forwards: 70\r\nFrom: <sip:"
        + number
        + "@"
        + from
        + ">;tag=caller1\r\nTo: <"
        + uri
        + ">"
        + (toTag == null ? "" : ";tag=" + toTag)
        + "\r\nCall-ID: "
        + callId
        + "\r\nCSeq: "
        + cseq
        + " "
        + method
        + "\r\nContact: <sip:probe@"
        + from
        + ">\r\n"
        + (type == null ? "" : "Content-Type: " + type + "\r\n")
        + "Content-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + body;
  }

  static String group(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in\n" + text).isTrue();
    return m.group(1).strip();
  }
}
