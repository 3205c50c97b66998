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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sound devices for tests with two speakers, {@link #FIRST} (the system's preferred one) and {@link
 * #SECOND}, each collecting everything any of its opened sinks was given, so a test can tell which
 * speaker a sound went to. Closing an opened sink ends only that sink: the device keeps collecting
 * for the next one. No microphone of note (a silent source).
 */
public final class TwoSpeakers implements AudioDevices {
  public static final AudioDevice FIRST = new AudioDevice("first", "first speaker");
  public static final AudioDevice SECOND = new AudioDevice("second", "second speaker");
  private final Map<AudioDevice, CollectingAudioSink> heard =
      Map.of(FIRST, new CollectingAudioSink(), SECOND, new CollectingAudioSink());
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger closed = new AtomicInteger();

  /** Everything played on {@code speaker} so far. */
  public CollectingAudioSink heard(AudioDevice speaker) {
    return heard.get(speaker);
  }

  /** How many sinks were opened. */
  public int opened() {
    return opened.get();
  }

  /** How many opened sinks were closed. */
  public int closed() {
    return closed.get();
  }

  /** Waits until {@code count} opened sinks were closed in all; false after {@code timeout}. */
  public synchronized boolean awaitClosed(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (closed.get() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  private synchronized void sinkClosed() {
    closed.incrementAndGet();
    notifyAll();
  }

  @Override
  public List<AudioDevice> inputs() {
    return List.of();
  }

  @Override
  public List<AudioDevice> outputs() {
    return List.of(FIRST, SECOND);
  }

  @Override
  public Optional<DeviceProblem> problem() {
    return Optional.empty();
  }

  @Override
  public AudioSource openInput(Optional<AudioDevice> device) {
    return SampleAudioSource.looping("silence", new short[160]);
  }

  @Override
  public AudioSink openOutput(Optional<AudioDevice> device) {
    AudioDevice speaker = device.orElse(FIRST);
    CollectingAudioSink collector = heard.get(speaker);
    opened.incrementAndGet();
    return new AudioSink() {
      private boolean open = true;

      @Override
      public String name() {
        return speaker.name();
      }

      @Override
      public Optional<DeviceProblem> problem() {
        return Optional.empty();
      }

      @Override
      public synchronized void write(short[] samples, int offset, int count) {
        if (open) {
          collector.write(samples, offset, count);
        }
      }

      @Override
      public synchronized void close() {
        if (open) {
          open = false;
          sinkClosed();
        }
      }
    };
  }

  @Override
  public void close() {
    heard.values().forEach(CollectingAudioSink::close);
  }
}
