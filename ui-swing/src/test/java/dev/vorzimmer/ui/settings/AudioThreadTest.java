package dev.vorzimmer.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vorzimmer.media.CollectingAudioSink;
import dev.vorzimmer.media.SampleAudioSource;
import dev.vorzimmer.testsupport.audio.ToneDevices;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The microphone reader and the sample player on a real audio thread. */
class AudioThreadTest {
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    thread.shutdownNow();
  }

  @Test
  void listenersGetLoudFramesAndTheMicrophoneClosesAfterTheLast() throws Exception {
    CountDownLatch closed = new CountDownLatch(1);
    AtomicInteger opened = new AtomicInteger();
    MicReader mic =
        new MicReader(
            thread,
            () -> {
              opened.incrementAndGet();
              return new WatchedSource(SampleAudioSource.tone(440, 8000), closed::countDown);
            });
    BlockingQueue<Integer> levels = new LinkedBlockingQueue<>();
    BlockingQueue<short[]> frames = new LinkedBlockingQueue<>();
    MicReader.Listener meter = (samples, level) -> levels.add(level);
    MicReader.Listener recorder = (samples, level) -> frames.add(samples);
    mic.add(meter);
    mic.add(recorder);
    assertThat(levels.poll(5, TimeUnit.SECONDS))
        .as("a tone at peak 8000 (-15 dBFS RMS)")
        .isBetween(73, 77);
    short[] frame = frames.poll(5, TimeUnit.SECONDS);
    assertThat(frame).hasSize(MicReader.FRAME);
    assertThat(ToneDevices.peak(frame)).isGreaterThan(7000);
    mic.remove(meter);
    assertThat(closed.getCount()).as("still one listener").isEqualTo(1);
    mic.remove(recorder);
    assertThat(closed.await(5, TimeUnit.SECONDS)).as("microphone closed").isTrue();
    assertThat(opened.get()).as("both listeners shared one open microphone").isEqualTo(1);
  }

  @Test
  void aToneIsPlayedCompletelyAndTheSpeakerClosed() throws Exception {
    CollectingAudioSink speaker = new CollectingAudioSink();
    SamplePlayer player = new SamplePlayer(thread, () -> speaker);
    short[] tone = SamplePlayer.tone(440, Duration.ofSeconds(1), 8000);
    assertThat(tone).hasSize(8000);
    player.play(tone).done().get(5, TimeUnit.SECONDS);
    short[] played = speaker.samples();
    assertThat(played).isEqualTo(tone);
    assertThat(ToneDevices.crossingsPerSecond(played)).isBetween(860, 900);
    speaker.write(new short[160], 0, 160);
    assertThat(speaker.size()).as("closed after playing: later writes are ignored").isEqualTo(8000);
  }

  @Test
  void stoppingEndsTheSoundEarly() throws Exception {
    CollectingAudioSink speaker = new CollectingAudioSink();
    SamplePlayer player = new SamplePlayer(thread, () -> speaker);
    var done = player.play(SamplePlayer.tone(440, Duration.ofSeconds(20), 8000)).done();
    speaker.await(800, Duration.ofSeconds(5));
    player.stop();
    done.get(5, TimeUnit.SECONDS);
    assertThat(speaker.size()).isLessThan(8000 * 20);
  }
}
