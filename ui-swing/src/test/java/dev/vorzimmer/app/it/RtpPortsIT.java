package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.sipp.SippRun;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code [media] rtp_ports} in the packaged phone: calls get RTP ports from the range only, and a
 * call that finds the range exhausted is refused with 503 (the phone goes on).
 */
class RtpPortsIT {

  /** A range of exactly two even RTP ports whose ports are free right now. */
  private static int freeRangeStart() {
    for (int first = 47_000; first < 60_000; first += 64) {
      if (free(first, first + 3)) {
        return first;
      }
    }
    throw new IllegalStateException("no free test range");
  }

  private static boolean free(int first, int last) {
    List<DatagramSocket> probes = new ArrayList<>();
    try {
      for (int p = first; p <= last; p++) {
        probes.add(new DatagramSocket(new InetSocketAddress("0.0.0.0", p)));
      }
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      probes.forEach(DatagramSocket::close);
    }
  }

  @Test
  void callsUseTheRangeAndACallBeyondItGets503() throws Exception {
    int first = freeRangeStart();
    String ports = "(" + first + "|" + (first + 2) + ")";
    try (PhoneFixture f =
        PhoneFixture.create("[media]\nrtp_ports = \"" + first + "-" + (first + 3) + "\"\n")) {
      f.startPhone();
      int trunk = f.kamailio.trunkPort();
      try (SippRun one =
              f.caller()
                  .from("+491701111111", "")
                  .answerMustMatch("m=audio " + ports + " ")
                  .expectAnswerThenHangUpAfter(6000)
                  .start("127.0.0.1", trunk);
          SippRun two =
              f.caller()
                  .from("+491712222222", "")
                  .answerMustMatch("m=audio " + ports + " ")
                  .expectAnswerThenHangUpAfter(6000)
                  .start("127.0.0.1", trunk)) {
        assertThat(f.phone.awaitLine(l -> l.contains("+491712222222"), Duration.ofSeconds(10)))
            .as(f.phone::transcript)
            .isNotNull();
        // the phone answers 503; Kamailio, a proxy, must turn a 503 into 500 (RFC 3261 16.7)
        f.assertCall(
            f.caller().from("+491723333333", "").expectStatus(500).callTo("127.0.0.1", trunk));
        assertThat(f.kamailio.messagesFrom(f.phonePort))
            .anySatisfy(m -> assertThat(m).startsWith("SIP/2.0 503"));
        assertThat(
                f.phone.awaitLine(
                    l ->
                        l.contains("+491723333333")
                            && l.contains("no free RTP port in " + first + "-" + (first + 3)),
                    Duration.ofSeconds(5)))
            .as(f.phone::transcript)
            .isNotNull();
        f.assertCall(one.await());
        f.assertCall(two.await());
      }
      f.assertCall(
          f.caller()
              .from("+491734444444", "")
              .answerMustMatch("m=audio " + ports + " ")
              .expectAnswerThenHangUpAfter(500)
              .callTo("127.0.0.1", trunk));
      assertThat(f.phone.terminate(Duration.ofSeconds(15))).as(f.phone::transcript).isZero();
    }
  }
}
