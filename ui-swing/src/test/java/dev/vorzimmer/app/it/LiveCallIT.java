package dev.vorzimmer.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.screening.Contact;
import dev.vorzimmer.screening.store.CallLogEntry;
import dev.vorzimmer.sip.CallEvent;
import dev.vorzimmer.sip.CallOutcome;
import dev.vorzimmer.sip.CallSecurity;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.sip.RegistrationEvent;
import dev.vorzimmer.sip.RegistrationState;
import dev.vorzimmer.sip.SipAgentListener;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A live call between two Vorzimmer phones registered at a real Kamailio: Anna (030 1111111) calls
 * Ben (030 2222222), who has her as a contact, so his phone rings and he answers. Each phone's
 * "microphone" plays its own tone; each must hear the other's, which proves the audio crosses SIP,
 * SDP and RTP both ways. A second test gives Ben libjitsi's real device layer (on this machine: no
 * sound card) and checks the call still connects and carries RTP to Anna.
 */
class LiveCallIT {
  private static final String ANNA = "03011111111";
  private static final String BEN = "03022222222";
  private static final Duration WAIT = Duration.ofSeconds(15);
  private Path work;
  private KamailioProcess kamailio;
  private Phone anna;
  private Phone ben;
  private final Events annaEvents = new Events();
  private final Events benEvents = new Events();
  private String annaAccount = "";
  private String benAccount = "";
  private CallEvent annaActive;
  private CallEvent benActive;
  private CallEvent benRinging;

  @BeforeEach
  void startProvider() throws Exception {
    work = Files.createTempDirectory("vz-live");
    kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")),
            Map.of(ANNA, "anna-pw", BEN, "ben-pw"));
  }

  @AfterEach
  void stop() {
    for (Phone p : new Phone[] {anna, ben}) {
      if (p != null) {
        p.shutdown(Duration.ofSeconds(3));
      }
    }
    kamailio.close();
  }

  @Test
  void bothPeopleHearEachOther() throws Exception {
    ToneDevices annaSound = new ToneDevices(440);
    ToneDevices benSound = new ToneDevices(1000);
    connect(annaSound, benSound);

    short[] annaHears = annaSound.speaker().await(16000, WAIT);
    short[] benHears = benSound.speaker().await(16000, WAIT);

    assertThat(ToneDevices.peak(benHears)).as("Ben hears Anna").isGreaterThan(4000);
    assertThat(ToneDevices.crossingsPerSecond(benHears))
        .as("Anna's 440 Hz tone")
        .isBetween(800, 960);
    assertThat(ToneDevices.peak(annaHears)).as("Anna hears Ben").isGreaterThan(4000);
    assertThat(ToneDevices.crossingsPerSecond(annaHears))
        .as("Ben's 1000 Hz tone")
        .isBetween(1900, 2100);
    assertThat(benActive.security()).isEqualTo(CallSecurity.PLAIN);
    hangUp();
    CallLogEntry logged = loggedCall(ben);
    assertThat(logged.signallingEncryption()).as("UDP signalling").isEqualTo("plain");
    assertThat(logged.mediaEncryption()).as("plain RTP").isEmpty();
  }

  @Test
  void bothPeopleHearEachOtherOverSrtp() throws Exception {
    ToneDevices annaSound = new ToneDevices(440);
    ToneDevices benSound = new ToneDevices(1000);
    annaAccount = "media_encryption = \"optional\"";
    benAccount = "media_encryption = \"required\"";
    connect(annaSound, benSound);
    assertThat(annaActive.encrypted()).as("Anna's outgoing call runs SRTP").isTrue();
    assertThat(benActive.encrypted()).as("Ben's incoming call runs SRTP").isTrue();
    assertThat(benRinging.security())
        .as("while it rings, Ben's phone says the call will be SRTP (over plain SIP)")
        .isEqualTo(CallSecurity.of(false, true));
    assertThat(annaActive.security().level()).isEqualTo(CallSecurity.Level.MEDIA_ONLY);
    assertThat(ben.agent().calls())
        .singleElement()
        .satisfies(c -> assertThat(c.encrypted()).isTrue());

    short[] annaHears = annaSound.speaker().await(16000, WAIT);
    short[] benHears = benSound.speaker().await(16000, WAIT);

    assertThat(ToneDevices.crossingsPerSecond(benHears))
        .as("Ben hears Anna's 440 Hz tone")
        .isBetween(800, 960);
    assertThat(ToneDevices.crossingsPerSecond(annaHears))
        .as("Anna hears Ben's 1000 Hz tone")
        .isBetween(1900, 2100);
    hangUp();
    CallLogEntry logged = loggedCall(ben);
    assertThat(logged.mediaEncryption()).as("Ben's call log: SRTP audio").isEqualTo("srtp");
    assertThat(logged.signallingEncryption()).as("over UDP signalling").isEqualTo("plain");
  }

  @Test
  void aPhoneOnLibjitsisDeviceLayerConnectsAndSendsAudio() throws Exception {
    ToneDevices annaSound = new ToneDevices(440);
    try (AudioDevices jitsi =
        AudioDevices.open(Files.createDirectories(work.resolve("ben-data")))) {
      connect(annaSound, jitsi);
      short[] annaHears = annaSound.speaker().await(16000, WAIT);
      assertThat(annaHears)
          .as("two seconds of audio (silence without a microphone) from Ben")
          .hasSizeGreaterThanOrEqualTo(16000);
      hangUp();
    }
    assertThat(Files.exists(work.resolve("ben-data"))).isTrue();
  }

  @Test
  void savingTheAccountDuringACallSaysByeAndReleasesTheMicrophone() throws Exception {
    ToneDevices annaSound = new ToneDevices(440);
    ToneDevices benSound = new ToneDevices(1000);
    connect(annaSound, benSound);
    AppHome benHome = AppHome.at(work.resolve("ben"));

    ben.applyLine(new ConfigLoader().load(benHome.configFile()));

    annaEvents.call(e -> e.state() == CallState.ENDED);
    assertThat(benEvents.call(e -> e.state() == CallState.ENDED).outcome())
        .contains(CallOutcome.ANSWERED);
    assertThat(benSound.awaitMicrophoneClosed(WAIT)).as("Ben's microphone is released").isTrue();
    benEvents.registration(RegistrationState.REGISTERED);
    assertThat(ben.agent().calls()).isEmpty();
  }

  /**
   * Starts both phones, Anna calls Ben, Ben answers when it rings; returns when both are ACTIVE.
   */
  private void connect(AudioDevices annaSound, AudioDevices benSound) throws Exception {
    anna = phone("anna", ANNA, "anna-pw", annaSound, annaEvents, annaAccount);
    ben = phone("ben", BEN, "ben-pw", benSound, benEvents, benAccount);
    ben.screening()
        .store()
        .contactBook()
        .add(new Contact(0, "Anna", List.of("+493011111111"), Optional.empty(), false));
    annaEvents.registration(RegistrationState.REGISTERED);
    benEvents.registration(RegistrationState.REGISTERED);

    String call = anna.agent().call("sip:" + BEN + "@" + kamailio.domain());

    CallEvent ringing = benEvents.call(e -> e.incoming() && e.state() == CallState.RINGING);
    benRinging = ringing;
    assertThat(ben.agent().answer(ringing.callId())).isTrue();
    benActive =
        benEvents.call(e -> e.callId().equals(ringing.callId()) && e.state() == CallState.ACTIVE);
    annaActive = annaEvents.call(e -> e.callId().equals(call) && e.state() == CallState.ACTIVE);
  }

  private void hangUp() throws Exception {
    String call = anna.agent().calls().get(0).callId();
    assertThat(anna.agent().hangUp(call)).isTrue();
    benEvents.call(e -> e.state() == CallState.ENDED);
    annaEvents.call(e -> e.state() == CallState.ENDED);
  }

  /**
   * The newest row of {@code phone}'s call log once its outcome is written (on the phone's store
   * lane, after the call ended), awaited through the call-log listener.
   */
  private static CallLogEntry loggedCall(Phone phone) throws InterruptedException {
    BlockingQueue<Boolean> changed = new LinkedBlockingQueue<>();
    phone.policy().addCallLogListener(() -> changed.add(true));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      List<CallLogEntry> rows = phone.screening().store().callLog().recentCalls(1);
      if (!rows.isEmpty() && !rows.get(0).outcome().equals("ringing")) {
        return rows.get(0);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || changed.poll(left, TimeUnit.NANOSECONDS) == null) {
        throw new AssertionError("the call's outcome was not logged within " + WAIT + ": " + rows);
      }
    }
  }

  private Phone phone(
      String name,
      String user,
      String password,
      AudioDevices sound,
      Events events,
      String accountExtra)
      throws Exception {
    AppHome home = AppHome.at(Files.createDirectories(work.resolve(name)));
    Files.writeString(
        home.configFile(),
        """
        [account]
        user = "%s"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "%s"
        %s
        [sip]
        listen = "127.0.0.1:%d"
        """
            .formatted(
                user,
                kamailio.domain(),
                kamailio.sipPort(),
                password,
                accountExtra,
                FreePorts.udpAndTcp()));
    Files.setPosixFilePermissions(home.configFile(), PosixFilePermissions.fromString("rw-------"));
    Phone phone =
        Phone.assemble(
            home,
            new ConfigLoader().load(home.configFile()),
            Clock.systemDefaultZone(),
            MessageListener.NONE,
            Greeting.of(new short[0]),
            SoundDevices.of(sound));
    phone.agent().addListener(events);
    phone.agent().start();
    return phone;
  }

  /** What one phone reports, awaited with a timeout. */
  private static final class Events implements SipAgentListener {
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

    @Override
    public void onRegistration(RegistrationEvent event) {
      queue.add(event);
    }

    @Override
    public void onCall(CallEvent event) {
      queue.add(event);
    }

    void registration(RegistrationState state) throws InterruptedException {
      await(o -> o instanceof RegistrationEvent r && r.state() == state, "registration " + state);
    }

    CallEvent call(Predicate<CallEvent> match) throws InterruptedException {
      return (CallEvent) await(o -> o instanceof CallEvent c && match.test(c), "call event");
    }

    private Object await(Predicate<Object> match, String what) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      for (long left = WAIT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
        Object o = queue.poll(left, TimeUnit.NANOSECONDS);
        if (o != null && match.test(o)) {
          return o;
        }
      }
      throw new AssertionError("no " + what + " within " + WAIT);
    }
  }
}
