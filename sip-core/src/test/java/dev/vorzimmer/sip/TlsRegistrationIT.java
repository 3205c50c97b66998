package dev.vorzimmer.sip;

import static dev.vorzimmer.sip.AgentFixtures.FAST_CALLS;
import static dev.vorzimmer.sip.AgentFixtures.PASSWORD;
import static dev.vorzimmer.sip.AgentFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.SipProbe;
import dev.vorzimmer.testsupport.TestPki;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippRun;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIP over TLS against a real Kamailio with its TLS module and certificates made by the test: the
 * phone registers over TLS and gets its calls over the connection its REGISTER opened (it has no
 * other way: no TCP listener, and its TLS listener has no certificate); a server certificate that
 * is expired, for another name or from an unknown CA is refused with a status line saying so, and
 * nothing, not even a plain-text REGISTER, reaches the registrar; a server that never answers the
 * handshake is given up after 5 s; a closed connection is opened again and the phone registers
 * again.
 */
class TlsRegistrationIT {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Pattern ANY_REGISTER = Pattern.compile("VZ-REQ REGISTER ");
  private static final Pattern TLS_REGISTER = Pattern.compile("VZ-REQ REGISTER .* proto=tls ");

  @TempDir Path work;

  private final TestPki ca = TestPki.create("Vorzimmer Test CA");
  private final RecordingSipAgentListener events = new RecordingSipAgentListener();
  private final ScriptedPolicy policy = new ScriptedPolicy();
  private final RecordingMedia media = new RecordingMedia();
  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (int i = closing.size() - 1; i >= 0; i--) {
      closing.get(i).close();
    }
  }

  private KamailioProcess kamailio(TestPki issuer, String name, Instant from, Instant until)
      throws Exception {
    TestPki.ServerFiles files = issuer.issue(work.resolve("tls"), name, from, until);
    KamailioProcess kamailio =
        KamailioProcess.startWithTls(
            java.nio.file.Files.createDirectories(work.resolve("kamailio")),
            Map.of(USER, PASSWORD),
            1,
            files.certificate(),
            files.key());
    closing.add(kamailio);
    return kamailio;
  }

  private KamailioProcess kamailio(TestPki issuer, String name) throws Exception {
    Instant now = Instant.now();
    return kamailio(issuer, name, now.minusSeconds(3600), now.plusSeconds(86_400));
  }

  /** The phone as a user configures it: registrar "localhost" on the TLS port, our CA file. */
  private SipAgent phone(int port) throws Exception {
    return phone(account(port));
  }

  private AccountConfig account(int port) throws Exception {
    return new AccountConfig(
            USER, KamailioProcess.DOMAIN, "localhost", port, PASSWORD, Transport.TLS, 60)
        .toBuilder().caFile(ca.writeCa(work.resolve("provider-ca.pem"))).build();
  }

  private SipAgent phone(AccountConfig account) throws Exception {
    return phone(account, FreePorts.udpAndTcp());
  }

  private SipAgent phone(AccountConfig account, int sipPort) throws Exception {
    SipAgent agent =
        new SipAgent(
            new SipSettings("127.0.0.1", sipPort, Optional.of(account)),
            CallSettings.defaults(),
            policy,
            media,
            FAST_CALLS);
    agent.addListener(events);
    closing.add(agent::close);
    agent.start();
    return agent;
  }

  @Test
  void registersOverTlsAndGetsCallsOverTheSameConnection() throws Exception {
    KamailioProcess kamailio = kamailio(ca, "localhost");
    phone(kamailio.tlsPort());

    RegistrationEvent registered = events.await(RegistrationState.REGISTERED, WAIT);

    assertThat(registered.aor()).isEqualTo("sip:" + USER + "@" + KamailioProcess.DOMAIN);
    assertThat(kamailio.countLogLines(TLS_REGISTER))
        .isEqualTo(kamailio.countLogLines(ANY_REGISTER));
    assertThat(kamailio.contactsOf(USER)).anyMatch(c -> c.contains("transport=tls"));

    policy.on("+4930222222", new CallDisposition.Voicemail("anonymous", "test says voicemail"));
    SippCaller caller =
        new SippCaller(work.resolve("sipp"))
            .calling(USER)
            .from("+4930222222", "Caller")
            .timeoutSeconds(15)
            .expectAnswerThenHangUpAfter(300);
    try (SippRun run = caller.start("127.0.0.1", kamailio.trunkPort())) {
      assertThat(run.await().allCallsSucceeded()).as(kamailio.logTail(40)).isTrue();
    }
    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.VOICEMAIL);
    // our answer to the INVITE came from the very address (our side of the TLS connection) the
    // REGISTER came from: one connection, opened by us
    java.util.regex.Matcher register =
        Pattern.compile("VZ-MSG-BEGIN src=127\\.0\\.0\\.1:(\\d+)\nREGISTER ")
            .matcher(java.nio.file.Files.readString(kamailio.logFile()));
    assertThat(register.find()).as(kamailio.logTail(60)).isTrue();
    assertThat(kamailio.messagesFrom(Integer.parseInt(register.group(1))))
        .anyMatch(m -> m.startsWith("SIP/2.0 200 ") && m.contains(" INVITE"));
  }

  @Test
  void aSipsAccountRegistersSipsUrisOverTlsAndGetsItsCallsOnTheSipsContact() throws Exception {
    KamailioProcess kamailio = kamailio(ca, "localhost");
    phone(account(kamailio.tlsPort()).toBuilder().sips(true).build());

    RegistrationEvent registered = events.await(RegistrationState.REGISTERED, WAIT);

    assertThat(registered.aor()).isEqualTo("sips:" + USER + "@" + KamailioProcess.DOMAIN);
    assertThat(
            kamailio.countLogLines(
                Pattern.compile("VZ-REQ REGISTER from=sips:" + USER + "@.* proto=tls ")))
        .as(kamailio.logTail(40))
        .isEqualTo(kamailio.countLogLines(ANY_REGISTER))
        .isPositive();
    String register = kamailio.logTail(400);
    assertThat(register).contains("REGISTER sips:" + KamailioProcess.DOMAIN + " SIP/2.0");
    assertThat(kamailio.contactsOf(USER))
        .anyMatch(c -> c.contains("sips:" + USER + "@") && !c.contains("transport="));

    policy.on("+4930222223", new CallDisposition.Voicemail("anonymous", "test says voicemail"));
    SippCaller caller =
        new SippCaller(work.resolve("sipp"))
            .calling(USER)
            .from("+4930222223", "Caller")
            .timeoutSeconds(15)
            .expectAnswerThenHangUpAfter(300);
    try (SippRun run = caller.start("127.0.0.1", kamailio.trunkPort())) {
      assertThat(run.await().allCallsSucceeded()).as(kamailio.logTail(60)).isTrue();
    }
    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.VOICEMAIL);
    assertThat(end.security().signalling()).isEqualTo(CallSecurity.Signalling.TLS);
  }

  @Test
  void underRequiredEncryptionAnOfferWithoutCryptoOverTlsIsRefused488BeforeAnythingRings()
      throws Exception {
    KamailioProcess kamailio = kamailio(ca, "localhost");
    phone(
        account(kamailio.tlsPort()).toBuilder().mediaEncryption(MediaEncryption.REQUIRED).build());
    events.await(RegistrationState.REGISTERED, WAIT);

    SippCaller caller =
        new SippCaller(work.resolve("sipp"))
            .calling(USER)
            .from("+4930222224", "Plain Caller")
            .timeoutSeconds(15)
            .expectStatus(488);
    try (SippRun run = caller.start("127.0.0.1", kamailio.trunkPort())) {
      assertThat(run.await().allCallsSucceeded()).as(kamailio.logTail(60)).isTrue();
    }

    CallEvent end = events.awaitCall(CallState.ENDED, WAIT);
    assertThat(end.outcome()).contains(CallOutcome.FAILED);
    assertThat(end.reason()).startsWith("unusable SDP offer");
    assertThat(policy.asked()).as("nothing rang, nothing was screened").isEmpty();
    assertThat(end.security().signalling())
        .as("the INVITE reached the phone over TLS")
        .isEqualTo(CallSecurity.Signalling.TLS);
  }

  /**
   * Why our double-CRLF keep-alives seemed unanswered: they are not. Kamailio 5.6 with {@code
   * tcp_crlf_ping=yes} (the core default, set explicitly in the test config) answers a CRLF CRLF
   * ping on a TLS connection with a single CRLF pong (RFC 5626 §4.4.1); JAIN-SIP reads the pong
   * silently, so nothing in the phone's log shows it.
   */
  @Test
  void kamailioAnswersADoubleCrlfPingOverTlsWithACrlfPong() throws Exception {
    KamailioProcess kamailio = kamailio(ca, "localhost");
    java.security.KeyStore trusted = java.security.KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    try (java.io.InputStream pem =
        java.nio.file.Files.newInputStream(ca.writeCa(work.resolve("ping-ca.pem")))) {
      trusted.setCertificateEntry(
          "ca",
          java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(pem));
    }
    javax.net.ssl.TrustManagerFactory trust =
        javax.net.ssl.TrustManagerFactory.getInstance(
            javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    try (javax.net.ssl.SSLSocket socket =
        (javax.net.ssl.SSLSocket)
            tls.getSocketFactory().createSocket("127.0.0.1", kamailio.tlsPort())) {
      socket.setSoTimeout((int) WAIT.toMillis());
      socket.startHandshake();
      socket
          .getOutputStream()
          .write("\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      byte[] pong = socket.getInputStream().readNBytes(2);

      assertThat(new String(pong, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("\r\n");
    }
  }

  @Test
  void anExpiredCertificateIsRefusedAndNothingIsSent() throws Exception {
    Instant now = Instant.now();
    KamailioProcess kamailio =
        kamailio(ca, "localhost", now.minusSeconds(90 * 86_400), now.minusSeconds(86_400));
    phone(kamailio.tlsPort());

    assertRefused(kamailio, "its certificate expired on ");
  }

  @Test
  void aCertificateForAnotherNameIsRefusedEvenThoughItNamesTheAddress() throws Exception {
    KamailioProcess kamailio = kamailio(ca, "wrong.example");
    phone(kamailio.tlsPort());

    assertRefused(kamailio, "its certificate is for wrong.example, 127.0.0.1, not for localhost");
  }

  @Test
  void aCertificateFromAnUnknownCaIsRefused() throws Exception {
    KamailioProcess kamailio = kamailio(TestPki.create("Someone Else's CA"), "localhost");
    phone(kamailio.tlsPort());

    assertRefused(kamailio, "its certificate is not from a CA we trust");
  }

  private void assertRefused(KamailioProcess kamailio, String why) throws Exception {
    RegistrationEvent refused = events.await(RegistrationState.RETRYING, WAIT);
    assertThat(refused.reason()).startsWith("TLS refused for localhost (127.0.0.1:").contains(why);
    events.awaitFrom(events.size(), e -> e.state() == RegistrationState.RETRYING, WAIT, "retry");
    assertThat(kamailio.countLogLines(ANY_REGISTER)).isZero();
  }

  @Test
  void aServerThatNeverAnswersTheHandshakeIsGivenUpAfterFiveSecondsWithoutHoldingUpThePhone()
      throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        SipProbe probe = SipProbe.open()) {
      BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept());
                  }
                } catch (java.io.IOException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      int sipPort = FreePorts.udpAndTcp();
      phone(account(silent.getLocalPort()), sipPort);
      assertThat(accepted.poll(WAIT.toSeconds(), TimeUnit.SECONDS))
          .as("the phone connects to the stalling server")
          .isNotNull();

      // the handshake now stalls; the SIP event thread must still answer an OPTIONS over UDP
      String answer = probe.request("OPTIONS", sipPort, "sip:" + USER + "@127.0.0.1", WAIT);

      assertThat(SipProbe.statusOf(answer)).isEqualTo(200);
      assertThat(events.events())
          .as("answered while the handshake was still stalled")
          .noneMatch(e -> e.state() == RegistrationState.RETRYING);
      RegistrationEvent stalled = events.await(RegistrationState.RETRYING, WAIT);
      assertThat(stalled.reason())
          .isEqualTo(
              "localhost (127.0.0.1:"
                  + silent.getLocalPort()
                  + ") accepted the connection but did not complete the TLS handshake within 5"
                  + " s");
      accepted.forEach(TlsRegistrationIT::closeQuietly);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aClosedConnectionIsOpenedAgainAndThePhoneRegistersAgain() throws Exception {
    KamailioProcess kamailio = kamailio(ca, "localhost");
    phone(kamailio.tlsPort());
    events.await(RegistrationState.REGISTERED, WAIT);
    int before = events.size();

    kamailio.restart();

    RegistrationEvent lost =
        events.awaitFrom(
            before, e -> e.state() == RegistrationState.REGISTERING, WAIT, "registering again");
    assertThat(lost.reason()).contains("TLS connection to registrar localhost").contains("closed");
    events.awaitFrom(
        before, e -> e.state() == RegistrationState.REGISTERED, WAIT, "registered again");
    assertThat(kamailio.contactsOf(USER)).anyMatch(c -> c.contains("transport=tls"));
  }
}
