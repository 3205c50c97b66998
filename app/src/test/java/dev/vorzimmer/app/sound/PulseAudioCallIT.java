package dev.vorzimmer.app.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vorzimmer.media.WavAudio;
import dev.vorzimmer.testsupport.BaresipProcess;
import dev.vorzimmer.testsupport.FreePorts;
import dev.vorzimmer.testsupport.KamailioProcess;
import dev.vorzimmer.testsupport.PulseAudioProcess;
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
 * private PulseAudio ({@link PulseAudioProcess}: a 440 Hz sine source as microphone, a null sink as
 * speaker), the phone in its own JVM on that server, Kamailio as provider and baresip answering
 * with a 600 Hz tone. Our microphone's tone must reach baresip's recording, and baresip's tone the
 * speaker's monitor.
 */
class PulseAudioCallIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
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

  @Test
  void ourMicrophoneReachesThePeerAndThePeerReachesOurSpeaker() throws Exception {
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
        PulseAudioProcess.Recording speaker =
            pulse.record(PulseAudioProcess.SPEAKER + ".monitor")) {
      assertThat(kamailio.awaitLogLine(BOB_REGISTERED, WAIT)).as(baresip.logTail(30)).isTrue();
      try (PhoneChild phone =
          PhoneChild.start(
              work,
              kamailio,
              pulse,
              "sip:" + BOB + "@" + kamailio.domain(),
              PhoneChild.account(PHONE, "phone-pw", kamailio))) {
        phone.awaitLine("active", WAIT);

        assertThat(speaker.awaitLoud(3000, WAIT)).as("baresip reaches our speaker").isNotEmpty();
        short[] heard = ToneMeter.tail(speaker.await(speaker.size() + 8000, WAIT), 4000);
        assertThat(ToneMeter.rms(heard)).as("still loud a second later").isGreaterThan(3000);
        assertThat(ToneMeter.dominantFrequency(heard))
            .as("baresip's tone on our speaker (the null sink's monitor)")
            .isCloseTo(600, within(10));
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
      short[] samples = WavAudio.read(heard, Duration.ofMinutes(1));
      short[] loud = ToneMeter.loudest(samples, 4000);
      assertThat(ToneMeter.rms(loud))
          .as("baresip heard our microphone; the phone said:\n%s", transcript)
          .isGreaterThan(1000);
      assertThat(ToneMeter.dominantFrequency(loud))
          .as("the sine source's tone, through libjitsi's PulseAudio capture")
          .isCloseTo(440, within(10));
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
