package dev.vorzimmer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusTextTest {
  private final Texts en = new Texts(Locale.ENGLISH);
  private final Texts de = new Texts(Locale.GERMAN);

  private static RegistrationEvent event(
      RegistrationState s, Optional<Duration> retry, String reason) {
    return new RegistrationEvent(s, "sip:alice@example.net", 300, retry, reason);
  }

  @Test
  void registeredShowsTheAddress() {
    RegistrationEvent e = event(RegistrationState.REGISTERED, Optional.empty(), "");
    assertThat(StatusText.of(e, en)).isEqualTo("Registered as sip:alice@example.net");
    assertThat(StatusText.of(e, de)).isEqualTo("Angemeldet als sip:alice@example.net");
    assertThat(StatusText.isProblem(e)).isFalse();
  }

  @Test
  void registeredShowsTheDisplayNameWithTheAddress() {
    RegistrationEvent e =
        new RegistrationEvent(
            RegistrationState.REGISTERED,
            "sip:alice@example.net",
            300,
            Optional.empty(),
            "",
            "Alice Example");
    assertThat(StatusText.of(e, en))
        .isEqualTo("Registered as Alice Example <sip:alice@example.net>");
  }

  @Test
  void aRefusedRefreshSaysAuthenticationFailedAndTheSlowRetryInMinutes() {
    RegistrationEvent e =
        event(
            RegistrationState.RETRYING,
            Optional.of(Duration.ofMinutes(5)),
            "authentication failed: 403 from registrar");
    assertThat(StatusText.of(e, en))
        .isEqualTo(
            "Authentication failed, retrying in 5 min — authentication failed: "
                + "403 from registrar — check the password if it stays");
    assertThat(StatusText.of(e, de)).startsWith("Anmeldung abgelehnt, neuer Versuch in 5 min");
  }

  @Test
  void aNameThatDoesNotResolveIsSaid() {
    RegistrationEvent e =
        event(
            RegistrationState.RETRYING,
            Optional.of(Duration.ofSeconds(30)),
            "sip.example.net does not resolve");
    assertThat(StatusText.of(e, en))
        .isEqualTo(
            "Registrar not reachable, retrying in 30 s — sip.example.net does " + "not resolve");
  }

  @Test
  void retryingCountsSecondsAndGivesTheReason() {
    RegistrationEvent e =
        event(RegistrationState.RETRYING, Optional.of(Duration.ofMillis(7600)), "no answer");
    assertThat(StatusText.of(e, en))
        .isEqualTo("Registrar not reachable, retrying in 8 s — no answer");
    assertThat(StatusText.isProblem(e)).isTrue();
  }

  @Test
  void authFailureNamesTheReasonAndTheFix() {
    RegistrationEvent e = event(RegistrationState.AUTH_FAILED, Optional.empty(), "403 Forbidden");
    assertThat(StatusText.of(e, en))
        .isEqualTo(
            "Authentication failed for sip:alice@example.net — 403 Forbidden"
                + " — check the password");
  }

  @Test
  void aLocalLineShowsTheUriToCall() {
    RegistrationEvent e =
        new RegistrationEvent(
            RegistrationState.LOCAL_LINE, "sip:vorzimmer@192.0.2.7:5062", 0, Optional.empty(), "");
    assertThat(StatusText.of(e, en)).isEqualTo("Local line: call sip:vorzimmer@192.0.2.7:5062");
  }

  @Test
  void everyStateHasTextInBothLanguages() {
    for (RegistrationState s : RegistrationState.values()) {
      RegistrationEvent e = event(s, Optional.of(Duration.ofSeconds(4)), "why");
      assertThat(StatusText.of(e, en)).doesNotContain("!");
      assertThat(StatusText.of(e, de)).doesNotContain("!");
    }
  }
}
