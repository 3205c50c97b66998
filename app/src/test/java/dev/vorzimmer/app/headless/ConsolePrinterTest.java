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
}
