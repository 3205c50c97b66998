package dev.vorzimmer.app.headless;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Headless output names network problems that do not stop the line (a silent STUN server, a bad
 * Via).
 */
class RegistrationPrinterTest {

  private static RegistrationEvent event(RegistrationState state, int expires, String reason) {
    return new RegistrationEvent(state, "sip:alice@example.net", expires, Optional.empty(), reason);
  }

  @Test
  void aNoteOnAWorkingRegistrationIsPrintedAndANewNoteIsANewLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RegistrationPrinter printer =
        new RegistrationPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    printer.onRegistration(event(RegistrationState.REGISTERED, 300, "registered for 300 s"));
    printer.onRegistration(event(RegistrationState.REGISTERED, 300, "registered for 300 s"));
    printer.onRegistration(
        event(
            RegistrationState.REGISTERED,
            300,
            "registered for 300 s; note: no answer from"
                + " STUN server 192.0.2.1:3478 within 2000 ms; calls use the local address in SDP"));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "registered sip:alice@example.net expires=300",
            "registered sip:alice@example.net expires=300 (note: no answer from STUN server 192.0.2.1:3478"
                + " within 2000 ms; calls use the local address in SDP)");
  }

  @Test
  void theLocalLineLineCarriesItsNoteToo() {
    assertThat(
            RegistrationPrinter.format(
                new RegistrationEvent(
                    RegistrationState.LOCAL_LINE,
                    "sip:vorzimmer@192.0.2.5:5062",
                    0,
                    Optional.empty(),
                    "no account configured; reachable at sip:vorzimmer@192.0.2.5:5062; note: STUN server x does not resolve")))
        .isEqualTo(
            "local line: call sip:vorzimmer@192.0.2.5:5062 (note: STUN server x does not resolve)");
  }

  @Test
  void headlessLinesSayWhatIsWrongAndWhenTheNextTryComes() {
    assertThat(
            RegistrationPrinter.format(
                new RegistrationEvent(
                    RegistrationState.RETRYING,
                    "sip:alice@example.net",
                    0,
                    Optional.of(Duration.ofSeconds(30)),
                    "sip.example.net does not resolve")))
        .isEqualTo("retrying in 30 s sip:alice@example.net: sip.example.net does not resolve");
    assertThat(
            RegistrationPrinter.format(
                new RegistrationEvent(
                    RegistrationState.RETRYING,
                    "sip:alice@example.net",
                    0,
                    Optional.of(Duration.ofMinutes(5)),
                    "authentication failed: 403 from registrar")))
        .isEqualTo(
            "retrying in 5 min sip:alice@example.net: authentication failed: 403 from registrar");
  }

  @Test
  void registeredShowsTheDisplayName() {
    assertThat(
            RegistrationPrinter.format(
                new RegistrationEvent(
                    RegistrationState.REGISTERED,
                    "sip:alice@example.net",
                    300,
                    Optional.empty(),
                    "registered for 300 s",
                    "Alice Example")))
        .isEqualTo("registered Alice Example <sip:alice@example.net> expires=300");
  }

  @Test
  void withSeveralLinesEachLinePrintsItsOwnStateUnderItsName() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    RegistrationPrinter home = new RegistrationPrinter(out, "[Home] ");
    RegistrationPrinter office = new RegistrationPrinter(out, "[Office] ");

    home.onRegistration(event(RegistrationState.REGISTERED, 300, "registered for 300 s"));
    office.onRegistration(
        new RegistrationEvent(
            RegistrationState.AUTH_FAILED,
            "sip:bob@example.org",
            0,
            Optional.empty(),
            "authentication failed: 401 from registrar"));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "[Home] registered sip:alice@example.net expires=300",
            "[Office] auth failed sip:bob@example.org: authentication failed: 401 from registrar");
  }
}
