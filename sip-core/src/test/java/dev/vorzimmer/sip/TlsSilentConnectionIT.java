package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.FAST_CALLS;
import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TLS connection to the registrar that silently stops answering (no pong to our CRLF keep-alives,
 * nothing else either, yet never closed: a relay in front of Kamailio drops everything) is noticed
 * within 4 s plus a keep-alive interval (1 s here, {@link AgentFixtures#FAST}), given up, and the
 * phone registers again over a new connection once the path is back; a healthy connection is kept.
 */
class TlsSilentConnectionIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /**
   * 4 s without a byte (two intervals, but at least 4 s), noticed at the next tick, plus a margin
   * for a loaded machine.
   */
  private static final Duration NOTICED_WITHIN =
      Duration.ofSeconds(4).plus(FAST_CALLS.keepAlive()).plusSeconds(2);

  @TempDir Path work;

  private final TestPki ca = TestPki.create("Vorzimmer Test CA");
  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = closing.size() - 1; i >= 0; i--) {
      closing.get(i).close();
    }
  }

  @Test
  void aConnectionThatStopsAnsweringIsGivenUpAndThePhoneRegistersAgainOverANewOne()
      throws Exception {
    Instant now = Instant.now();
    TestPki.ServerFiles files =
        ca.issue(work.resolve("tls"), "localhost", now.minusSeconds(3600), now.plusSeconds(86_400));
    KamailioProcess kamailio =
        KamailioProcess.startWithTls(
            Files.createDirectories(work.resolve("kamailio")),
            Map.of(USER, PASSWORD),
            1,
            files.certificate(),
            files.key());
    closing.add(kamailio);
    SilenceableRelay relay = SilenceableRelay.to(kamailio.tlsPort());
    closing.add(relay);
    startPhone(relay.port());
    events.await(RegistrationState.REGISTERED, WAIT);
    int registered = events.size();

    // healthy: Kamailio's pongs come back for more than two intervals and the connection is kept
    assertThat(relay.awaitFromServer(relay.fromServer(), 6, WAIT))
        .as("Kamailio answered six keep-alives")
        .isTrue();
    assertThat(events.size())
        .as("no registration event while the pongs come")
        .isEqualTo(registered);
    assertThat(relay.connections()).isEqualTo(1);

    relay.silence();
    RegistrationEvent noticed =
        events.awaitFrom(
            registered,
            e -> e.state() == RegistrationState.REGISTERING,
            NOTICED_WITHIN,
            "the silent connection noticed");
    assertThat(noticed.reason())
        .contains("keep-alive failed")
        .contains("stopped answering")
        .contains("connecting again");

    relay.restore();
    events.awaitFrom(
        registered, e -> e.state() == RegistrationState.REGISTERED, WAIT, "registered again");
    assertThat(relay.connections()).as("a new connection").isGreaterThanOrEqualTo(2);
    assertThat(kamailio.contactsOf(USER)).anyMatch(c -> c.contains("transport=tls"));
  }

  private void startPhone(int port) throws Exception {
    AccountConfig account =
        new AccountConfig(
                USER, KamailioProcess.DOMAIN, "localhost", port, PASSWORD, Transport.TLS, 60)
            .toBuilder().caFile(ca.writeCa(work.resolve("provider-ca.pem"))).build();
    SipAgent agent =
        new SipAgent(
            new SipSettings("127.0.0.1", FreePorts.udpAndTcp(), Optional.of(account)),
            CallSettings.defaults(),
            new ScriptedPolicy(),
            new RecordingMedia(),
            FAST_CALLS);
    agent.addListener(events);
    closing.add(agent::close);
    agent.start();
  }
}
