package dev.vorzimmer.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.SipProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * DTMF as SIP INFO in an answered call, from a hand-written UDP peer to a local-line agent on
 * 127.0.0.1.
 */
class SipInfoDtmfTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final String CALLER = "+4930123456";

  @Test
  void dtmfInfoIsAnswered200AndReportedOtherBodiesAreRefusedOrIgnored() throws Exception {
    ScriptedPolicy policy =
        new ScriptedPolicy().on(CALLER, new CallDisposition.Voicemail("default", "test"));
    RecordingSipAgentListener events = new RecordingSipAgentListener();
    BlockingQueue<DtmfEvent> keys = new LinkedBlockingQueue<>();
    int port = FreePorts.udpAndTcp();
    try (SipAgent agent =
            new SipAgent(
                new SipSettings("127.0.0.1", port, Optional.empty()),
                CallSettings.defaults(),
                policy,
                new RecordingMedia());
        SipProbe probe = SipProbe.open()) {
      agent.addListener(events);
      agent.addListener(
          new SipAgentListener() {
            @Override
            public void onDtmf(DtmfEvent event) {
              keys.add(event);
            }
          });
      agent.start();
      events.await(RegistrationState.LOCAL_LINE, WAIT);
      Dialog d = new Dialog(probe, port);
      d.invite();

      String relay = d.info(2, "application/dtmf-relay", "Signal=5\r\nDuration=160\r\n");
      String plain = d.info(3, "application/dtmf", "#");
      String html = d.info(4, "text/html", "<b>5</b>");
      String malformed = d.info(5, "application/dtmf-relay", "Signal=X\r\n");
      String empty = d.info(6, null, "");
      String bye = d.request("BYE", 7, null, "");

      assertThat(SipProbe.statusOf(relay)).isEqualTo(200);
      assertThat(SipProbe.statusOf(plain)).isEqualTo(200);
      assertThat(SipProbe.statusOf(html)).isEqualTo(415);
      assertThat(html).containsPattern("(?mi)^Accept: .*application/dtmf-relay");
      assertThat(SipProbe.statusOf(malformed)).isEqualTo(400);
      assertThat(SipProbe.statusOf(empty)).isEqualTo(200);
      assertThat(SipProbe.statusOf(bye)).isEqualTo(200);
      DtmfEvent five = keys.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      DtmfEvent pound = keys.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(five)
          .isEqualTo(
              new DtmfEvent(
                  d.callId, '5', Optional.of(Duration.ofMillis(160)), "application/dtmf-relay"));
      assertThat(pound)
          .isEqualTo(new DtmfEvent(d.callId, '#', Optional.empty(), "application/dtmf"));
      assertThat(keys).as("the refused and malformed bodies are not reported").isEmpty();
      assertThat(events.awaitCall(CallState.ENDED, WAIT).outcome()).contains(CallOutcome.VOICEMAIL);
    }
  }

  @Test
  void infoOutsideAnyCallIs481() throws Exception {
    int port = FreePorts.udpAndTcp();
    RecordingSipAgentListener events = new RecordingSipAgentListener();
    try (SipAgent agent =
            new SipAgent(
                new SipSettings("127.0.0.1", port, Optional.empty()),
                CallSettings.defaults(),
                new ScriptedPolicy(),
                new RecordingMedia());
        SipProbe probe = SipProbe.open()) {
      agent.addListener(events);
      agent.start();
      events.await(RegistrationState.LOCAL_LINE, WAIT);
      Dialog stray = new Dialog(probe, port);
      stray.toTag = "nosuchcall";

      assertThat(SipProbe.statusOf(stray.info(2, "application/dtmf", "5"))).isEqualTo(481);
    }
  }

  /** The caller's side of one dialog, written by hand. */
  private static final class Dialog {
    final SipProbe probe;
    final int port;
    final String uri;
    final String callId = UUID.randomUUID() + "@127.0.0.1";
    String toTag;
    String target;

    Dialog(SipProbe probe, int port) {
      this.probe = probe;
      this.port = port;
      this.uri = "sip:vorzimmer@127.0.0.1:" + port;
      this.target = uri;
    }

    void invite() throws Exception {
      String sdp =
          "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
              + "m=audio 40000 RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
      String ok = request("INVITE", 1, "application/sdp", sdp);
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

    private String message(String method, int cseq, String type, String body) {
      String from = "127.0.0.1:" + probe.port();
      return method
          + " "
          + target
          + " SIP/2.0\r\n"
          + "Via: SIP/2.0/UDP "
          + from
          + ";rport;branch=z9hG4bK"
          + UUID.randomUUID()
          + "\r\n"
          + "Max-Forwards: 70\r\n"
          + "From: <sip:"
          + CALLER
          + "@"
          + from
          + ">;tag=caller1\r\n"
          + "To: <"
          + uri
          + ">"
          + (toTag == null ? "" : ";tag=" + toTag)
          + "\r\n"
          + "Call-ID: "
          + callId
          + "\r\n"
          + "CSeq: "
          + cseq
          + " "
          + method
          + "\r\n"
          + "Contact: <sip:probe@"
          + from
          + ">\r\n"
          + (type == null ? "" : "Content-Type: " + type + "\r\n")
          + "Content-Length: "
          + body.getBytes(StandardCharsets.UTF_8).length
          + "\r\n\r\n"
          + body;
    }

    private static String group(String text, String regex) {
      Matcher m = Pattern.compile(regex).matcher(text);
      assertThat(m.find()).as(regex + " in\n" + text).isTrue();
      return m.group(1).strip();
    }
  }
}
