package dev.vorzimmer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioExtension;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.sipp.SippCaller;
import dev.vorzimmer.testsupport.sipp.SippResult;
import dev.vorzimmer.testsupport.sipp.SippRun;
import dev.vorzimmer.testsupport.sipp.SippUas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several lines ({@code [[account]]}) of one phone against the real Kamailio: each registers on its
 * own, calls are logged with the line they came in on, an unscreened line rings inside its ring
 * hours, and outgoing calls use the chosen line's identity and credentials.
 */
class LinesIT {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Thursday, 3 December 2026, 10:00 in Berlin: inside "Mon-Fri 08:00-18:00". */
  private static final Instant OFFICE_HOURS = Instant.parse("2026-12-03T09:00:00Z");

  @RegisterExtension
  final KamailioExtension kamailio =
      new KamailioExtension(Map.of("anna", "anna-pw", "bert", "bert-pw"), 1);

  @TempDir Path dir;

  private final TestClock clock = new TestClock(OFFICE_HOURS, BERLIN);
  private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

  /** Every event taken from {@link #events} so far, in order (several waits may look at one). */
  private final List<Object> seen = new java.util.ArrayList<>();

  private final BlockingQueue<Object> logWrites = new LinkedBlockingQueue<>();
  private Phone phone;

  @AfterEach
  void stop() {
    if (phone != null) {
      phone.shutdown(Duration.ofSeconds(2));
    }
  }

  private void startPhone(String bertPassword) throws Exception {
    KamailioProcess k = kamailio.process();
    int[] ports = FreePorts.udpAndTcp(2);
    String line =
        """
        [[account]]
        name = "%s"
        user = "%s"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "%s"
        expires = 60
        listen_port = %d
        """;
    String config =
        "[sip]\nlisten = \"127.0.0.1:"
            + ports[0]
            + "\"\n[screening]\nrepeat_minutes = 0\n"
            + line.formatted("Home", "anna", k.domain(), k.sipPort(), "anna-pw", ports[0])
            + line.formatted("Office", "bert", k.domain(), k.sipPort(), bertPassword, ports[1])
            + "screening = false\nring_hours = [\"Mon-Fri 08:00-18:00\"]\n";
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("config.toml"), config);
    AppHome appHome = AppHome.at(home);
    phone =
        Phone.assemble(
            appHome, new ConfigLoader().load(appHome.configFile()), clock, MessageListener.NONE);
    phone.policy().addCallLogListener(() -> logWrites.add(Boolean.TRUE));
    for (PhoneLine l : phone.lines().all()) {
      l.agent()
          .addListener(
              new SipAgentListener() {
                @Override
                public void onRegistration(RegistrationEvent e) {
                  events.add(new LineRegistration(l.name(), e));
                }

                @Override
                public void onCall(CallEvent e) {
                  events.add(new LineCall(l.name(), e));
                }
              });
    }
    assertThat(phone.lines().start((l, e) -> events.add(e))).isEqualTo(2);
  }

  private record LineRegistration(String line, RegistrationEvent event) {}

  private record LineCall(String line, CallEvent event) {}

  @SuppressWarnings("unchecked")
  private <T> T await(Class<T> type, Predicate<T> wanted, String what) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    int checked = 0;
    while (true) {
      for (; checked < seen.size(); checked++) {
        Object e = seen.get(checked);
        if (type.isInstance(e) && wanted.test((T) e)) {
          return (T) e;
        }
      }
      Object next = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(next).as("no %s within %s; seen: %s", what, WAIT, seen).isNotNull();
      seen.add(next);
    }
  }

  private void awaitRegistered(String line) throws Exception {
    await(
        LineRegistration.class,
        r -> r.line().equals(line) && r.event().state() == RegistrationState.REGISTERED,
        line + " registered");
  }

  /** The call-log row matching {@code wanted}, once a write made it so. */
  private CallLogEntry awaitLogged(Predicate<CallLogEntry> wanted) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      List<CallLogEntry> rows = phone.screening().store().callLog().recentCalls(10);
      for (CallLogEntry row : rows) {
        if (wanted.test(row)) {
          return row;
        }
      }
      assertThat(logWrites.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS))
          .as("call log: %s", rows)
          .isNotNull();
    }
  }

  private SippResult call(String user, String number, SippCaller expectation) throws Exception {
    try (SippRun run =
        expectation
            .calling(user)
            .from(number, "Caller")
            .timeoutSeconds(15)
            .start("127.0.0.1", kamailio.process().trunkPort())) {
      return run.await();
    }
  }

  private SippCaller caller() {
    return new SippCaller(dir.resolve("sipp"));
  }

  @Test
  void bothLinesRegisterAndACallToTheSecondIsLoggedWithIt() throws Exception {
    startPhone("bert-pw");
    awaitRegistered("Home");
    awaitRegistered("Office");
    assertThat(kamailio.process().contactsOf("anna")).hasSize(1);
    assertThat(kamailio.process().contactsOf("bert")).hasSize(1);

    SippResult result = call("bert", "+4930555111", caller().expectRingThenCancelAfter(300));

    assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
    LineCall rang =
        await(LineCall.class, c -> c.event().state() == CallState.RINGING, "a ringing call");
    assertThat(rang.line()).isEqualTo("Office");
    CallLogEntry row = awaitLogged(e -> e.rawNumber().contains("30555111"));
    assertThat(row.line()).isEqualTo("Office");
  }

  @Test
  void aLineWithAWrongPasswordSaysSoWhileTheOtherRegistersAndTakesCalls() throws Exception {
    startPhone("wrong");
    awaitRegistered("Home");
    LineRegistration failed =
        await(
            LineRegistration.class,
            r -> r.line().equals("Office") && r.event().state() == RegistrationState.AUTH_FAILED,
            "Office failing");
    assertThat(failed.event().aor()).contains("bert");
    assertThat(phone.lines().line("Office").orElseThrow().agent().registration().state())
        .isEqualTo(RegistrationState.AUTH_FAILED);

    // Home screens: an unknown caller goes to the answering machine
    SippResult result = call("anna", "+4930555222", caller().expectAnswerThenHangUpAfter(500));

    assertThat(result.allCallsSucceeded()).as(result::toString).isTrue();
    CallLogEntry row = awaitLogged(e -> e.rawNumber().contains("30555222"));
    assertThat(row.line()).isEqualTo("Home");
    assertThat(row.verdict()).isEqualTo("VOICEMAIL");
  }

  @Test
  void anUnscreenedLineRingsInItsHoursTheScreenedOneTakesAMessageAndOutsideBothScreen()
      throws Exception {
    startPhone("bert-pw");
    awaitRegistered("Home");
    awaitRegistered("Office");

    call("bert", "+4930555333", caller().expectRingThenCancelAfter(300));
    CallLogEntry office = awaitLogged(e -> e.rawNumber().contains("30555333"));
    assertThat(office.verdict()).isEqualTo("RING");
    assertThat(office.reasons()).extracting(r -> r.code()).contains("line.rings");

    call("anna", "+4930555333", caller().expectAnswerThenHangUpAfter(300));
    CallLogEntry home =
        awaitLogged(e -> e.rawNumber().contains("30555333") && e.id() != office.id());
    assertThat(home.line()).isEqualTo("Home");
    assertThat(home.verdict()).isEqualTo("VOICEMAIL");

    clock.advance(Duration.ofHours(10)); // 20:00: after office hours
    call("bert", "+4930555444", caller().expectAnswerThenHangUpAfter(300));
    CallLogEntry evening = awaitLogged(e -> e.rawNumber().contains("30555444"));
    assertThat(evening.line()).isEqualTo("Office");
    assertThat(evening.verdict()).isEqualTo("VOICEMAIL");
  }

  @Test
  void anOutgoingCallOnTheChosenLineGoesOutAsThatLine() throws Exception {
    startPhone("bert-pw");
    awaitRegistered("Home");
    awaitRegistered("Office");
    assertThat(phone.lines().defaultLine().name()).isEqualTo("Home");

    try (SippRun uas = new SippUas(dir.resolve("uas")).answerAfter(100)) {
      String target = "sip:uas-" + uas.port() + "@" + kamailio.process().domain();
      String callId = phone.lines().line("Office").orElseThrow().agent().call(target);
      await(
          LineCall.class,
          c -> c.event().callId().equals(callId) && c.event().state() == CallState.ACTIVE,
          "the call answered");
      assertThat(phone.lines().lineOf(callId).name()).isEqualTo("Office");
      phone.lines().lineOf(callId).agent().hangUp(callId);
      SippResult result = uas.await();
      assertThat(result.allCallsSucceeded())
          .as(() -> result + "\n" + kamailio.process().logTail(20))
          .isTrue();
    }
    assertThat(
            kamailio
                .process()
                .countLogLines(Pattern.compile("VZ-PROXY-AUTH INVITE au=bert from=sip:bert@")))
        .as("the INVITE carried Office's From and credentials")
        .isEqualTo(1);
    assertThat(kamailio.process().countLogLines(Pattern.compile("VZ-REQ INVITE from=sip:anna@")))
        .isZero();
  }
}
