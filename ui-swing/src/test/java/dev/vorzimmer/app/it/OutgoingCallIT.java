package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.testsupport.sipp.SippUas;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Dann rufe ich zurück": {@code vorzimmer call} places a call through the real Kamailio (proxy
 * authentication) to a SIPp callee that rings and answers; Ctrl-C (SIGTERM) ends it with BYE, and
 * cancels a call that nobody answers.
 */
class OutgoingCallIT {
  private PhoneFixture f;

  @BeforeEach
  void start() throws Exception {
    f = PhoneFixture.create("");
  }

  @AfterEach
  void stop() throws Exception {
    f.close();
  }

  @Test
  void callsThroughTheProviderWithAuthAndCtrlCHangsUpWithBye() throws Exception {
    try (SippRun callee = new SippUas(f.work.resolve("uas")).timeoutSeconds(30).answerAfter(300)) {
      String target = "sip:uas-" + callee.port() + "@" + f.kamailio.domain();
      try (PhoneProcess call =
          PhoneProcess.start(f.work, "call", target, "--home", f.home.toString())) {
        assertThat(call.awaitLine(l -> l.startsWith("calling "), PhoneFixture.LINE_TIMEOUT))
            .as(call::transcript)
            .isNotNull();
        assertThat(call.awaitLine(l -> l.startsWith("active"), PhoneFixture.LINE_TIMEOUT))
            .as(call::transcript)
            .isNotNull();
        assertThat(call.terminate(Duration.ofSeconds(20))).as(call::transcript).isZero();
      }
      SippResult r = callee.await();
      assertThat(r.allCallsSucceeded()).as(r::toString).isTrue();
    }
  }

  @Test
  void ctrlCHangsUpACallThatRings() throws Exception {
    try (SippRun callee =
        new SippUas(f.work.resolve("uas")).timeoutSeconds(30).ringUntilCancelled()) {
      String target = "sip:uas-" + callee.port() + "@" + f.kamailio.domain();
      try (PhoneProcess call =
          PhoneProcess.start(f.work, "call", target, "--home", f.home.toString())) {
        assertThat(call.awaitLine(l -> l.startsWith("early"), PhoneFixture.LINE_TIMEOUT))
            .as(call::transcript)
            .isNotNull();
        int code = call.terminate(Duration.ofSeconds(20));
        assertThat(call.transcript()).contains("ended:");
        assertThat(code).isEqualTo(1);
      }
      SippResult r = callee.await();
      assertThat(r.allCallsSucceeded()).as(r::toString).isTrue();
    }
  }
}
