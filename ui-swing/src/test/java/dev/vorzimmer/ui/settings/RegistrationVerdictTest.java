package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.ui.common.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationVerdictTest {
  private static final String AT = "sip.example.net:5060";
  private final Texts en = new Texts(Locale.ENGLISH);
  private final Texts de = new Texts(Locale.GERMAN);

  private static RegistrationEvent event(RegistrationState s, String reason) {
    Optional<Duration> retry =
        s == RegistrationState.RETRYING ? Optional.of(Duration.ofSeconds(1)) : Optional.empty();
    return new RegistrationEvent(s, "sip:alice@example.net", 0, retry, reason);
  }

  @Test
  void registeredNamesTheAddress() {
    RegistrationVerdict v =
        RegistrationVerdict.of(event(RegistrationState.REGISTERED, "registered for 300 s"), AT, en);
    assertThat(v.ok()).isTrue();
    assertThat(v.text()).isEqualTo("Registered as alice@example.net");
    assertThat(RegistrationVerdict.of(event(RegistrationState.REGISTERED, ""), AT, de).text())
        .isEqualTo("Angemeldet als alice@example.net");
  }

  @Test
  void aRejectedChallengeIsAWrongPasswordWithTheStatus() {
    RegistrationEvent e =
        event(RegistrationState.AUTH_FAILED, "authentication failed: 401 from registrar");
    assertThat(RegistrationVerdict.of(e, AT, en))
        .isEqualTo(
            new RegistrationVerdict(false, "Wrong user name or password (401 from registrar)"));
    assertThat(RegistrationVerdict.of(e, AT, de).text())
        .isEqualTo("Falscher Benutzername oder falsches Passwort (401 vom Registrar)");
    assertThat(
            RegistrationVerdict.of(
                    event(
                        RegistrationState.AUTH_FAILED,
                        "authentication failed: cannot answer challenge (bad realm)"),
                    AT,
                    en)
                .text())
        .isEqualTo(
            "Wrong user name or password (authentication failed: cannot answer challenge (bad realm))");
  }

  @Test
  void noAnswerNamesTheRegistrarAndWhatToCheck() {
    String expected =
        "No answer from sip.example.net:5060 — check the registrar address and your network";
    assertThat(
            RegistrationVerdict.of(event(RegistrationState.REGISTERING, "registering"), AT, en)
                .text())
        .isEqualTo(expected);
    assertThat(
            RegistrationVerdict.of(
                    event(
                        RegistrationState.RETRYING,
                        "registrar sip.example.net:5060 did not answer within 10000 ms"),
                    AT,
                    en)
                .text())
        .isEqualTo(expected);
    assertThat(RegistrationVerdict.of(event(RegistrationState.REGISTERING, ""), AT, de).text())
        .isEqualTo(
            "Keine Antwort von sip.example.net:5060 — Registrar-Adresse und Netzwerk prüfen");
  }

  @Test
  void aRegistrarErrorStatusIsExplained() {
    assertThat(
            RegistrationVerdict.of(
                    event(RegistrationState.RETRYING, "registrar answered 404 Not Found"), AT, en)
                .text())
        .isEqualTo(
            "The registrar does not know this user (404 Not Found) — check the user name and the domain");
    assertThat(
            RegistrationVerdict.of(
                    event(RegistrationState.RETRYING, "registrar answered 503 Service Unavailable"),
                    AT,
                    de)
                .text())
        .isEqualTo(
            "Der Registrar sip.example.net:5060 ist gerade nicht verfügbar (503 Service Unavailable)"
                + " — später noch einmal versuchen");
    assertThat(
            RegistrationVerdict.of(
                    event(RegistrationState.RETRYING, "registrar answered 400 Bad Request"), AT, en)
                .text())
        .isEqualTo("The registrar refused the registration (400 Bad Request)");
  }

  @Test
  void aNetworkErrorKeepsItsReason() {
    RegistrationEvent e =
        event(RegistrationState.RETRYING, "network error towards registrar 10.0.0.1:5060/tcp");
    assertThat(RegistrationVerdict.of(e, AT, en).text())
        .isEqualTo(
            "Cannot reach sip.example.net:5060 (network error"
                + " towards registrar 10.0.0.1:5060/tcp) — check the registrar address and your network");
  }

  @Test
  void anUnknownHostAndAFailedStartAreSaidPlainly() {
    assertThat(RegistrationVerdict.unknownHost("sip.exampel.net", en).text())
        .isEqualTo(
            "There is no host called sip.exampel.net — check the spelling of the registrar (or domain)");
    assertThat(RegistrationVerdict.unknownHost("sip.exampel.net", de).text())
        .startsWith("Es gibt keinen Host namens sip.exampel.net");
    assertThat(RegistrationVerdict.notStarted("no free SIP port", en).ok()).isFalse();
  }
}
