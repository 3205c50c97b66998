package dev.vorzimmer.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.SipAgentListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConsolePrinterTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ConsolePrinter printer =
      new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  @Test
  void printsOffTheSipEventThread() {
    assertThat(printer.delivery()).isEqualTo(SipAgentListener.Delivery.BACKGROUND);
  }

  @Test
  void anEndedCallIsOneLineWithItsOutcomeAndReason() {
    printer.onCall(
        new CallEvent(
            "c1",
            true,
            CallState.ENDED,
            "+4930123456",
            "",
            Optional.of(CallOutcome.REJECTED),
            "603 by policy: blocked"));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "call from +4930123456 ended: rejected — 603 by policy: blocked"
                + System.lineSeparator());
  }

  @Test
  void aFloodOfRejectedCallsPrintsTheFirstOnesAndThenHowManyMoreCame() throws Exception {
    ScheduledExecutorService summaries = Executors.newSingleThreadScheduledExecutor();
    try {
      ConsolePrinter flooded =
          new ConsolePrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), summaries);
      int calls = ConsolePrinter.REJECTED_LINES_PER_SECOND + 40;
      for (int i = 0; i < calls; i++) {
        flooded.onCall(rejected("r" + i, "+49221555990" + i));
      }
      flooded.onCall(
          new CallEvent(
              "v1",
              true,
              CallState.ENDED,
              "+4930123456",
              "",
              Optional.of(CallOutcome.VOICEMAIL),
              "BYE"));
      // the summary comes when the flood's second is over, after every line printed in it
      summaries.schedule(() -> {}, 1100, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
    } finally {
      summaries.shutdownNow();
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .hasSize(ConsolePrinter.REJECTED_LINES_PER_SECOND + 2)
        .endsWith(
            "call from +4930123456 ended: voicemail — BYE",
            "40 more calls rejected in the last second (a flood; vorzimmer calls lists them)");
  }

  private static CallEvent rejected(String callId, String number) {
    return new CallEvent(
        callId,
        true,
        CallState.ENDED,
        number,
        "",
        Optional.of(CallOutcome.REJECTED),
        "603 by policy: robot range");
  }
}
