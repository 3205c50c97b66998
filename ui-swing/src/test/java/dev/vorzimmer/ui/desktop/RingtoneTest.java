package dev.vorzimmer.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RingtoneTest {
  @Test
  void theToneIsATwoNoteChimeWithAPauseAndNoClipping() {
    byte[] pcm = RingtoneSound.cycle();
    assertThat(pcm.length).isEqualTo(RingtoneSound.samples(RingtoneSound.CYCLE_MILLIS) * 2);
    int peak = 0;
    for (int i = 0; i < pcm.length / 2; i++) {
      peak = Math.max(peak, Math.abs(sample(pcm, i)));
    }
    assertThat(peak).as("audible but far from full scale").isBetween(3000, (int) (Short.MAX_VALUE * 0.6));
    assertThat(frequency(pcm, 50, 250)).as("first note G5").isCloseTo(784, org.assertj.core.data.Offset.offset(15.0));
    assertThat(frequency(pcm, 520, 720)).as("second note E5").isCloseTo(659, org.assertj.core.data.Offset.offset(15.0));
    for (int i = RingtoneSound.samples(1000); i < pcm.length / 2; i++) {
      assertThat(sample(pcm, i)).as("silence after the chime, sample %d", i).isZero();
    }
  }

  private static int sample(byte[] pcm, int i) {
    return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
  }

  /** Frequency from upward zero crossings between two times. */
  private static double frequency(byte[] pcm, int fromMillis, int toMillis) {
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
    Ringtone ringtone = new Ringtone(() -> {
      attempts.incrementAndGet();
      throw new LineUnavailableException("no mixer");
    }, seen::add);
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
    Ringtone ringtone = new Ringtone(() -> {
      throw new IllegalArgumentException("No line matching interface SourceDataLine is supported.");
    }, seen::add);
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
    assertThat(logged.list.get(0).getFormattedMessage()).startsWith("no sound device for the ringtone");
  }

  @Test
  void theDefaultDeviceNeverThrows() throws InterruptedException {
    BlockingQueue<Ringtone.Status> seen = new LinkedBlockingQueue<>();
    Ringtone ringtone = Ringtone.onDefaultDevice(seen::add);
    try {
      ringtone.start();
      assertThat(seen.poll(5, TimeUnit.SECONDS)).isIn(Ringtone.Status.NO_DEVICE, Ringtone.Status.RINGING);
      ringtone.stop();
    } finally {
      ringtone.close();
    }
  }
}
