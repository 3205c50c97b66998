package dev.vorzimmer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vorzimmer.app.AppHome;
import dev.vorzimmer.app.Phone;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.config.ConfigLoader;
import dev.vorzimmer.app.voicemail.MessageListener;
import dev.vorzimmer.media.Greeting;
import dev.vorzimmer.media.WavAudio;
import dev.vorzimmer.screening.Reason;
import dev.vorzimmer.screening.store.ScreeningStore;
import dev.vorzimmer.sip.CallState;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.PulseAudioProcess;
import dev.vorzimmer.testsupport.PulseRecording;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import dev.vorzimmer.testsupport.audio.ToneMeter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window on a real sound server: Ben's window ({@link PulseWindowMain}, its own JVM under Xvfb)
 * runs on a private PulseAudio with two speakers — {@value PulseAudioProcess#SPEAKER} (the server's
 * default) and a plugged-in {@value #HEADSET}, which Ben chose in Settings — and two microphones
 * hearing a 440 Hz tone, the default {@value PulseAudioProcess#MICROPHONE} and the chosen {@value
 * #HEADSET_MIC}. The message player and the ringtone are heard on the headset's monitor and not on
 * the other speaker; the greeting recorder records the microphone's tone into the greeting's WAV;
 * Anna (a headless phone at the same Kamailio, saying 500 Hz) is heard on the headset during the
 * call. Then the headset's microphone and then the headset are unplugged ({@code pactl
 * unload-module}): the call stays up, Anna hears the default microphone and is heard on the speaker
 * that is left, and the in-call view names each device that left and the one that took over.
 */
class PulseWindowIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration START = Duration.ofSeconds(60);
  private static final String ANNA = "03011111111";
  private static final String BEN = "03022222222";
  private static final String HEADSET = "vz_headset";
  private static final String HEADSET_NAME = "Headset";
  private static final String HEADSET_MIC = "vz_headset_mic";
  private static final String HEADSET_MIC_NAME = "HeadsetMic";
  private static final int MESSAGE_HZ = 300;
  private static final int ANNA_HZ = 500;

  @TempDir Path work;
  private KamailioProcess kamailio;
  private PulseAudioProcess pulse;
  private Phone anna;
  private final ToneDevices annaSound = new ToneDevices(ANNA_HZ);
  private PulseWindowChild window;

  @BeforeEach
  void start() throws Exception {
    SwingRobot.requireDisplay();
    kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")),
            Map.of(ANNA, "anna-pw", BEN, "ben-pw"));
    pulse = PulseAudioProcess.start(work.resolve("pulse"), 440);
  }

  @AfterEach
  void stop() throws Exception {
    try {
      if (window != null) {
        window.close();
      }
      if (anna != null) {
        anna.shutdown(Duration.ofSeconds(3));
      }
    } finally {
      pulse.close();
      kamailio.close();
    }
  }

  @Test
  void playerRingtoneRecorderAndCallUseTheChosenSpeakerAndAnUnpluggedOneIsSaid() throws Exception {
    int headset = pulse.addSink(HEADSET, HEADSET_NAME);
    int headsetMic = pulse.addSource(HEADSET_MIC, HEADSET_MIC_NAME);
    pulse.pactl("set-default-sink", PulseAudioProcess.SPEAKER);
    pulse.pactl("set-default-source", PulseAudioProcess.MICROPHONE);
    AppHome ben = benWithAMessageAndTheHeadsetChosen();
    window = PulseWindowChild.start(work, ben, pulse, "+493011111111");
    window.awaitAnswer("ok ready", START);

    heardOnTheHeadsetOnly(
        "play-message", MESSAGE_HZ, "the message player plays on the chosen speaker");

    window.send("record-greeting");
    Path wav = Path.of(window.awaitAnswer("ok recorded ", WAIT).substring("ok recorded ".length()));
    short[] greeting = Greeting.fromWav(wav).samples();
    assertThat(greeting.length).as("about two seconds").isBetween(16000, 32000);
    short[] loudest = ToneMeter.loudest(greeting, 4000); // a capture starts a moment late
    assertThat(ToneMeter.rms(loudest))
        .as("the greeting holds the microphone's tone\n%s", window.transcript())
        .isGreaterThan(1000);
    assertThat(ToneMeter.dominantFrequency(loudest))
        .as("the virtual microphone's tone in the recorded greeting")
        .isCloseTo(440, within(25));

    anna = anna();
    anna.agent().start();
    try (PulseRecording chosen = pulse.record(HEADSET + ".monitor");
        PulseRecording other = pulse.record(PulseAudioProcess.SPEAKER + ".monitor")) {
      anna.agent().call("sip:" + BEN + "@" + kamailio.domain());
      short[] ring = chosen.awaitLoud(1000, WAIT);
      assertThat(ring).as("the ringtone on the chosen speaker").isNotEmpty();
      // Measured in every loud half second of the next two: on a busy machine a stretch can hold a
      // gap in the sound, which smears its spectrum (CI once measured 820 Hz in the first one).
      short[] more = chosen.await(chosen.samples().length + 16_000, WAIT);
      assertThat(loudNotes(more))
          .as("one of the ringtone's two notes (784 and 659 Hz)")
          .anySatisfy(
              note ->
                  assertThat(note)
                      .satisfiesAnyOf(
                          hz -> assertThat(hz).isCloseTo(784, within(25)),
                          hz -> assertThat(hz).isCloseTo(659, within(25))));
      assertSilent(other, "no ringtone on the other speaker");
    }
    try (PulseRecording chosen = pulse.record(HEADSET + ".monitor")) {
      window.send("answer");
      window.awaitAnswer("ok connected", WAIT);
      assertLoudAt(chosen, ANNA_HZ, "Anna on the chosen speaker");
    }

    pulse.unloadModule(headsetMic);
    window.send("devices Microphone “" + HEADSET_MIC_NAME + "” is gone — now listening on “");
    assertThat(window.awaitAnswer("ok devices ", WAIT))
        .contains(
            "Microphone “"
                + HEADSET_MIC_NAME
                + "” is gone — now listening on “"
                + PulseAudioProcess.MICROPHONE_NAME
                + "”");
    int heardBefore = annaSound.speaker().size();
    short[] annaHeard = annaSound.speaker().await(heardBefore + 8000, WAIT);
    short[] lastHalfSecond = ToneMeter.tail(annaHeard, 4000);
    assertThat(ToneMeter.rms(lastHalfSecond)).as("Anna still hears us").isGreaterThan(1000);
    assertThat(ToneMeter.dominantFrequency(lastHalfSecond))
        .as("Anna hears the microphone PulseAudio moved the call to")
        .isCloseTo(440, within(25));

    pulse.unloadModule(headset);
    window.send("devices Speaker “" + HEADSET_NAME + "” is gone — now playing on “");
    assertThat(window.awaitAnswer("ok devices ", WAIT))
        .contains(
            "Speaker “"
                + HEADSET_NAME
                + "” is gone — now playing on “"
                + PulseAudioProcess.SPEAKER_NAME
                + "”");
    try (PulseRecording left = pulse.record(PulseAudioProcess.SPEAKER + ".monitor")) {
      assertLoudAt(left, ANNA_HZ, "Anna on the speaker PulseAudio moved the call to");
    }
    assertThat(anna.agent().calls())
        .singleElement()
        .satisfies(c -> assertThat(c.state()).isEqualTo(CallState.ACTIVE));
    anna.agent().hangUp(anna.agent().calls().get(0).callId());

    try (PulseRecording left = pulse.record(PulseAudioProcess.SPEAKER + ".monitor")) {
      window.send("play-message");
      window.awaitAnswer("ok ", WAIT);
      assertLoudAt(left, MESSAGE_HZ, "with the chosen headset gone, the player uses the default");
    }
    window.quit(WAIT);
  }

  /** Sends {@code step}; what it plays must reach the headset's monitor and not the speaker's. */
  private void heardOnTheHeadsetOnly(String step, int hz, String what) throws Exception {
    try (PulseRecording chosen = pulse.record(HEADSET + ".monitor");
        PulseRecording other = pulse.record(PulseAudioProcess.SPEAKER + ".monitor")) {
      window.send(step);
      window.awaitAnswer("ok ", WAIT);
      assertLoudAt(chosen, hz, what);
      assertSilent(other, what + ", and nothing on the other speaker");
    }
  }

  /**
   * {@code recording} gets loud, and half a second later it is the tone {@code hz} (the first
   * moments of a stream may be uneven while the speaker's buffer fills).
   */
  private void assertLoudAt(PulseRecording recording, int hz, String what) throws Exception {
    assertThat(recording.awaitLoud(1000, WAIT)).as(what + "\n" + window.transcript()).isNotEmpty();
    short[] later = ToneMeter.tail(recording.await(recording.size() + 4000, WAIT), 4000);
    assertThat(ToneMeter.rms(later)).as(what + ": still loud").isGreaterThan(1000);
    assertThat(ToneMeter.dominantFrequency(later)).as(what).isCloseTo(hz, within(25));
  }

  /** A second of {@code recording} (taken meanwhile) is silence. */
  private static void assertSilent(PulseRecording recording, String what) throws Exception {
    short[] heard = recording.await(8000, WAIT);
    assertThat(heard.length).as("the other speaker was recorded").isGreaterThanOrEqualTo(8000);
    assertThat(ToneMeter.rms(ToneMeter.loudest(heard, 4000))).as(what).isLessThan(100);
  }

  private AppHome benWithAMessageAndTheHeadsetChosen() throws Exception {
    AppHome home = AppHome.at(Files.createDirectories(work.resolve("ben")));
    config(home, BEN, "ben-pw");
    Path message = work.resolve("message.wav");
    short[] tone = new short[8000 * 3];
    for (int i = 0; i < tone.length; i++) {
      tone[i] = (short) (10000 * Math.sin(2 * Math.PI * MESSAGE_HZ * i / 8000.0));
    }
    WavAudio.write(message, tone);
    try (ScreeningStore store = ScreeningStore.open(home.databaseFile())) {
      long id =
          store
              .messages()
              .create(Instant.now(), "+4940123456", "", List.of(Reason.of("unknown")), message);
      store.messages().complete(id, Duration.ofSeconds(3));
    }
    Files.writeString(
        home.dataDir().resolve("window.properties"),
        "audio.output=pulseaudio\\:"
            + HEADSET
            + "\naudio.input=pulseaudio\\:"
            + HEADSET_MIC
            + "\n");
    return home;
  }

  private void config(AppHome home, String user, String password) throws Exception {
    Files.writeString(
        home.configFile(),
        """
        [account]
        user = "%s"
        domain = "%s"
        registrar = "127.0.0.1:%d"
        password = "%s"
        [sip]
        listen = "127.0.0.1:%d"
        """
            .formatted(
                user, kamailio.domain(), kamailio.sipPort(), password, FreePorts.udpAndTcp()));
    Files.setPosixFilePermissions(home.configFile(), PosixFilePermissions.fromString("rw-------"));
  }

  private Phone anna() throws Exception {
    AppHome home = AppHome.at(Files.createDirectories(work.resolve("anna")));
    config(home, ANNA, "anna-pw");
    return Phone.assemble(
        home,
        new ConfigLoader().load(home.configFile()),
        Clock.systemDefaultZone(),
        MessageListener.NONE,
        Greeting.of(new short[0]),
        SoundDevices.of(annaSound));
  }

  /** The dominant frequency of each loud half second of {@code samples}, in steps of 400. */
  private static List<Integer> loudNotes(short[] samples) {
    List<Integer> notes = new ArrayList<>();
    for (int from = 0; from + 4000 <= samples.length; from += 400) {
      short[] part = Arrays.copyOfRange(samples, from, from + 4000);
      if (ToneMeter.rms(part) > 1000) {
        notes.add(ToneMeter.dominantFrequency(part));
      }
    }
    return notes;
  }
}
