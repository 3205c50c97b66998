package dev.vorzimmer.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.vorzimmer.app.SoundDevices;
import dev.vorzimmer.app.view.Sound;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.MediaException;
import dev.vorzimmer.testsupport.audio.TwoSpeakers;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RingtoneTest {
  @Test
  void theToneIsATwoNoteChimeWithAPauseAndNoClipping() {
    short[] pcm = RingtoneSound.cycle();
    assertThat(pcm.length).isEqualTo(RingtoneSound.samples(RingtoneSound.CYCLE_MILLIS));
    int peak = 0;
    for (int i = 0; i < pcm.length; i++) {
      peak = Math.max(peak, Math.abs(sample(pcm, i)));
    }
    assertThat(peak)
        .as("audible but far from full scale")
        .isBetween(3000, (int) (Short.MAX_VALUE * 0.6));
    assertThat(frequency(pcm, 50, 250))
        .as("first note G5")
        .isCloseTo(784, org.assertj.core.data.Offset.offset(15.0));
    assertThat(frequency(pcm, 520, 720))
        .as("second note E5")
        .isCloseTo(659, org.assertj.core.data.Offset.offset(15.0));
    for (int i = RingtoneSound.samples(1000); i < pcm.length; i++) {
      assertThat(sample(pcm, i)).as("silence after the chime, sample %d", i).isZero();
    }
  }

  private static int sample(short[] pcm, int i) {
    return pcm[i];
  }

  /** Frequency from upward zero crossings between two times. */
  private static double frequency(short[] pcm, int fromMillis, int toMillis) {
    int crossings = 0;
    for (int i = RingtoneSound.samples(fromMillis); i < RingtoneSound.samples(toMillis); i++) {
      if (sample(pcm, i - 1) < 0 && sample(pcm, i) >= 0) {
        crossings++;
      }
    }
    return crossings * 1000.0 / (toMillis - fromMillis);
  }

  @Test
  void withoutASoundDeviceItReportsThatAndTriesAgainOnTheNextCall() throws InterruptedException {
    BlockingQueue<Ringtone.Status> seen = new LinkedBlockingQueue<>();
    AtomicInteger attempts = new AtomicInteger();
    AudioDevices none = AudioDevices.none("no sound card in this test");
    Ringtone ringtone =
        new Ringtone(
            () -> {
              attempts.incrementAndGet();
              return none.openOutput(Optional.empty());
            },
            seen::add);
    try {
      ringtone.start();
      assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo(Ringtone.Status.NO_DEVICE);
      assertThat(ringtone.status()).isEqualTo(Ringtone.Status.NO_DEVICE);
      assertThat(ringtone.isRinging()).isFalse();
      ringtone.start();
      assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo(Ringtone.Status.NO_DEVICE);
      assertThat(attempts.get()).isEqualTo(2);
    } finally {
      ringtone.close();
    }
  }

  @Test
  void aMissingDeviceIsLoggedOnceAtInfo() throws InterruptedException {
    Logger logger = (Logger) LoggerFactory.getLogger(Ringtone.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    BlockingQueue<Ringtone.Status> seen = new LinkedBlockingQueue<>();
    Ringtone ringtone =
        new Ringtone(
            () -> {
              throw new MediaException("the sound system failed");
            },
            seen::add);
    try {
      for (int call = 0; call < 3; call++) {
        ringtone.start();
        assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo(Ringtone.Status.NO_DEVICE);
      }
    } finally {
      ringtone.close();
      logger.detachAppender(logged);
    }
    assertThat(logged.list).hasSize(1);
    assertThat(logged.list.get(0).getLevel()).isEqualTo(Level.INFO);
    assertThat(logged.list.get(0).getFormattedMessage())
        .startsWith("no sound device for the ringtone");
  }

  @Test
  void itRingsOnTheSpeakerChosenInSettingsAndReleasesItWhenStopped() throws Exception {
    TwoSpeakers devices = new TwoSpeakers();
    Sound sound = Sound.of(SoundDevices.of(devices));
    sound.choose(Optional.empty(), Optional.of(TwoSpeakers.SECOND));
    BlockingQueue<Ringtone.Status> seen = new LinkedBlockingQueue<>();
    Ringtone ringtone = Ringtone.on(sound, seen::add);
    try {
      ringtone.start();
      assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo(Ringtone.Status.RINGING);
      short[] heard =
          devices
              .heard(TwoSpeakers.SECOND)
              .await(RingtoneSound.samples(700), Duration.ofSeconds(5));
      short[] chime = RingtoneSound.cycle();
      assertThat(Arrays.copyOf(heard, RingtoneSound.samples(700)))
          .as("the chime, from its start")
          .containsExactly(Arrays.copyOf(chime, RingtoneSound.samples(700)));
      assertThat(devices.heard(TwoSpeakers.FIRST).size()).as("the other speaker").isZero();
      ringtone.stop();
      assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo(Ringtone.Status.SILENT);
      assertThat(devices.awaitClosed(1, Duration.ofSeconds(5))).as("speaker released").isTrue();
      assertThat(devices.opened()).isEqualTo(1);
    } finally {
      ringtone.close();
    }
  }
}
