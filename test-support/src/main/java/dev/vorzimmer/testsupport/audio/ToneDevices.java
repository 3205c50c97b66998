package dev.vorzimmer.testsupport.audio;

import dev.vorzimmer.media.AudioDevice;
import dev.vorzimmer.media.AudioDevices;
import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import dev.vorzimmer.media.CollectingAudioSink;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.SampleAudioSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Sound devices for tests (there is no sound card here): the "microphone" plays a sine tone, the
 * "speaker" collects what it is given.
 */
public final class ToneDevices implements AudioDevices {
  private final int hz;
  private final CollectingAudioSink speaker = new CollectingAudioSink();
  private final CountDownLatch microphoneClosed = new CountDownLatch(1);
  private volatile Optional<DeviceProblem> speakerProblem = Optional.empty();

  public ToneDevices(int hz) {
    this.hz = hz;
  }

  /** Everything played to the speaker so far. */
  public CollectingAudioSink speaker() {
    return speaker;
  }

  /**
   * Zero crossings per second in the last second of {@code samples}: about twice the frequency of a
   * tone.
   */
  public static int crossingsPerSecond(short[] samples) {
    int from = Math.max(1, samples.length - 8000);
    int crossings = 0;
    for (int i = from; i < samples.length; i++) {
      if ((samples[i - 1] < 0) != (samples[i] < 0)) {
        crossings++;
      }
    }
    return (int) (crossings * 8000L / Math.max(1, samples.length - from));
  }

  /** The loudest sample's magnitude. */
  public static int peak(short[] samples) {
    int max = 0;
    for (short v : samples) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  @Override
  public List<AudioDevice> inputs() {
    return List.of(new AudioDevice("tone", hz + " Hz tone"));
  }

  @Override
  public List<AudioDevice> outputs() {
    return List.of(new AudioDevice("sink", "collecting sink"));
  }

  @Override
  public Optional<DeviceProblem> problem() {
    return Optional.empty();
  }

  @Override
  public AudioSource openInput(Optional<AudioDevice> device) {
    AudioSource tone = SampleAudioSource.tone(hz, 8000);
    return new AudioSource() {
      @Override
      public String name() {
        return tone.name();
      }

      @Override
      public Optional<DeviceProblem> problem() {
        return tone.problem();
      }

      @Override
      public int read(short[] frame) {
        return tone.read(frame);
      }

      @Override
      public void close() {
        tone.close();
        microphoneClosed.countDown();
      }
    };
  }

  /** Waits until a microphone opened from these devices was closed; false on timeout. */
  public boolean awaitMicrophoneClosed(Duration timeout) throws InterruptedException {
    return microphoneClosed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The speaker stops working, as an unplugged headset does: it reports a {@link
   * DeviceProblem.Kind#FAILED} problem and what is played to it is lost.
   */
  public void unplugSpeaker() {
    speakerProblem =
        Optional.of(new DeviceProblem(DeviceProblem.Kind.FAILED, "unplugged by the test"));
  }

  /** The speaker works again. */
  public void plugSpeakerIn() {
    speakerProblem = Optional.empty();
  }

  @Override
  public AudioSink openOutput(Optional<AudioDevice> device) {
    return new AudioSink() {
      @Override
      public String name() {
        return speaker.name();
      }

      @Override
      public Optional<DeviceProblem> problem() {
        return speakerProblem;
      }

      @Override
      public void write(short[] samples, int offset, int count) {
        if (speakerProblem.isEmpty()) {
          speaker.write(samples, offset, count);
        }
      }

      @Override
      public void close() {
        speaker.close();
      }
    };
  }

  @Override
  public void close() {
    speaker.close();
  }
}
