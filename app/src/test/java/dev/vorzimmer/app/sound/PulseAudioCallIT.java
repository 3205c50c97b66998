package dev.vorzimmer.app.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vorzimmer.media.WavAudio;
import dev.vorzimmer.testsupport.BaresipProcess;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.PulseAudioProcess;
import dev.vorzimmer.testsupport.PulseRecording;
import dev.vorzimmer.testsupport.audio.ToneMeter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live call through libjitsi's PulseAudio devices, against a real sound server and a real peer: a
 * private PulseAudio ({@link PulseAudioProcess}: a 440 Hz tone as microphone, a null sink as
 * speaker), the phone in its own JVM on that server, Kamailio as provider and baresip answering
 * with a 600 Hz tone. Our microphone's tone must reach baresip's recording, and baresip's tone the
 * speaker's monitor. Frequencies are checked to within 25 Hz: on a loaded machine the speaker's
 * buffer drops a frame now and then, which moves the measured peak of half a second by up to 20 Hz;
 * 440 and 600 Hz stay far apart.
 */
class PulseAudioCallIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  /** Start-up of the phone's JVM, libjitsi and registration: generous for a loaded machine. */
  private static final Duration START = Duration.ofSeconds(60);

  private static final String PHONE = "03011111111";
  private static final String BOB = "bob";
  private static final Pattern BOB_REGISTERED = Pattern.compile("VZ-REGISTER-OK aor=sip:bob@");

  @TempDir Path work;
  private KamailioProcess kamailio;
  private PulseAudioProcess pulse;

  @BeforeEach
  void start() throws Exception {
    kamailio =
        KamailioProcess.start(
            Files.createDirectories(work.resolve("kamailio")),
            Map.of(PHONE, "phone-pw", BOB, "bob-pw"));
    pulse = PulseAudioProcess.start(work.resolve("pulse"), 440);
  }

  @AfterEach
  void stop() {
    if (pulse != null) {
      pulse.close();
    }
    kamailio.close();
  }

  /** What the test does while the call is up, with our speaker's monitor being recorded. */
  @FunctionalInterface
  private interface MidCall {
    void during(PhoneChild phone, PulseRecording speaker) throws Exception;
  }

  /** What is left after the call: the phone's output and what baresip heard. */
  private record Result(String transcript, short[] baresipHeard) {}

  @Test
  void ourMicrophoneReachesThePeerAndThePeerReachesOurSpeaker() throws Exception {
    Result result =
        call(
            (phone, speaker) -> {
              assertHearsBaresip(speaker);
              // talk three seconds more (a PulseAudio capture starts a moment after the call)
              assertThat(speaker.await(speaker.size() + 24000, WAIT)).isNotEmpty();
            });
    short[] loud = ToneMeter.loudest(result.baresipHeard(), 4000);
    assertThat(ToneMeter.rms(loud))
        .as("baresip heard our microphone; the phone said:\n%s", result.transcript())
        .isGreaterThan(1000);
    assertThat(ToneMeter.dominantFrequency(loud))
        .as("the microphone's tone, through libjitsi's PulseAudio capture")
        .isCloseTo(440, within(25));
  }

  /**
   * The speaker's sink is unloaded mid-call: PulseAudio moves the stream to the sink that is left,
   * the call goes on both ways, and the call's device report names that sink as its speaker now
   * (the window words it as "Speaker X is gone — now playing on Y").
   */
  @Test
  void whenTheSpeakerIsUnpluggedMidCallTheCallGoesOn() throws Exception {
    Result result =
        call(
            (phone, speaker) -> {
              assertHearsBaresip(speaker);
              phone.awaitLine("speaker=" + PulseAudioProcess.SPEAKER_NAME + " usable=true", WAIT);
              pulse.unloadModule(pulse.moduleOfSink(PulseAudioProcess.SPEAKER));
              assertThat(pulse.pactl("list", "short", "sinks"))
                  .doesNotContain(PulseAudioProcess.SPEAKER);
              phone.awaitLine(
                  "devices microphone="
                      + PulseAudioProcess.MICROPHONE_NAME
                      + " speaker="
                      + PulseAudioProcess.LINE_NAME
                      + " usable=true",
                  WAIT); // the call's speaker now names the sink PulseAudio moved it to
              try (PulseRecording line = pulse.record(PulseAudioProcess.LINE + ".monitor")) {
                short[] fallback = ToneMeter.tail(line.await(24000, WAIT), 8000);
                assertThat(fallback).as("three seconds pass").hasSize(8000);
                assertThat(ToneMeter.power(fallback, 600))
                    .as("PulseAudio moved our speaker's stream to the sink that is left")
                    .isGreaterThan(100 * ToneMeter.power(fallback, 1000));
              }
            });
    short[] end = ToneMeter.tail(result.baresipHeard(), 16000);
    short[] loud = ToneMeter.loudest(end, 4000);
    assertThat(ToneMeter.rms(loud))
        .as(
            "baresip still hears our microphone at the end; the phone said:\n%s",
            result.transcript())
        .isGreaterThan(1000);
    assertThat(ToneMeter.power(loud, 440))
        .as("our tone (mixed with baresip's own, which the fallback sink feeds back)")
        .isGreaterThan(100 * ToneMeter.power(loud, 1000));
  }

  private static void assertHearsBaresip(PulseRecording speaker) throws Exception {
    assertThat(speaker.awaitLoud(3000, WAIT)).as("baresip reaches our speaker").isNotEmpty();
    short[] heard = ToneMeter.tail(speaker.await(speaker.size() + 8000, WAIT), 4000);
    assertThat(ToneMeter.rms(heard)).as("still loud a second later").isGreaterThan(3000);
    assertThat(ToneMeter.dominantFrequency(heard))
        .as("baresip's tone on our speaker (the null sink's monitor)")
        .isCloseTo(600, within(25));
  }

  /**
   * The phone calls baresip (which answers with a 600 Hz tone), {@code midCall} runs, the phone
   * hangs up (so the call must still be up) and its JVM exits 0.
   */
  private Result call(MidCall midCall) throws Exception {
    String transcript;
    Path tone = work.resolve("tone600.wav");
    WavAudio.write(tone, sine(600, 20));
    try (BaresipProcess baresip =
            BaresipProcess.answering(
                work.resolve("baresip"),
                List.of(),
                "127.0.0.1",
                FreePorts.udpAndTcp(),
                BOB,
                "bob-pw",
                "127.0.0.1:" + kamailio.sipPort(),
                tone,
                40);
        PulseRecording speaker = pulse.record(PulseAudioProcess.SPEAKER + ".monitor")) {
      assertThat(kamailio.awaitLogLine(BOB_REGISTERED, WAIT)).as(baresip.logTail(30)).isTrue();
      try (PhoneChild phone =
          PhoneChild.start(
              work,
              kamailio,
              pulse,
              "sip:" + BOB + "@" + kamailio.domain(),
              PhoneChild.account(PHONE, "phone-pw", kamailio))) {
        phone.awaitLine("active", START);
        midCall.during(phone, speaker);
        phone.send("hangup");
        phone.awaitLine("ended", WAIT);
        assertThat(phone.awaitExit(WAIT)).as(phone::transcript).isZero();
        transcript = phone.transcript();
      }
      assertThat(baresip.awaitLine(BaresipProcess.TERMINATED, WAIT))
          .as(baresip.logTail(30))
          .isTrue();
      Path heard =
          baresip
              .heard()
              .orElseThrow(
                  () -> new AssertionError("baresip recorded nothing:\n" + baresip.logTail(30)));
      return new Result(
          transcript + "\nbaresip:\n" + baresip.logTail(40),
          WavAudio.read(heard, Duration.ofMinutes(1)));
    }
  }

  static short[] sine(int hz, int seconds) {
    short[] s = new short[8000 * seconds];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) (10000 * Math.sin(2 * Math.PI * hz * i / 8000.0));
    }
    return s;
  }
}
