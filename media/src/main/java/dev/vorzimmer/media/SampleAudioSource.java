package dev.vorzimmer.media;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link AudioSource} that plays given samples (a file or a generated tone) instead of a
 * microphone, paced by whoever reads it: once and then silence, or in a loop. For tests, headless
 * calls and demos.
 */
public final class SampleAudioSource implements AudioSource {

  private final String name;
  private final short[] samples;
  private final boolean loop;
  private int position;

  private SampleAudioSource(String name, short[] samples, boolean loop) {
    this.name = Objects.requireNonNull(name, "name");
    this.samples = samples.clone();
    this.loop = loop && samples.length > 0;
  }

  /** Plays {@code audio} once, then silence. */
  public static SampleAudioSource once(String name, Greeting audio) {
    return new SampleAudioSource(name, audio.samples(), false);
  }

  /** Plays {@code samples} (8 kHz mono) again and again. */
  public static SampleAudioSource looping(String name, short[] samples) {
    return new SampleAudioSource(name, samples, true);
  }

  /** A continuous sine tone at {@code hz} and the given peak amplitude. */
  public static SampleAudioSource tone(int hz, int amplitude) {
    short[] period = new short[8000];
    for (int i = 0; i < period.length; i++) {
      period[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / 8000.0));
    }
    return new SampleAudioSource("tone " + hz + " Hz", period, true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<DeviceProblem> problem() {
    return Optional.empty();
  }

  @Override
  public synchronized int read(short[] frame) {
    Arrays.fill(frame, (short) 0);
    int n = 0;
    while (n < frame.length && (loop || position < samples.length)) {
      if (position == samples.length) {
        position = 0;
      }
      int chunk = Math.min(frame.length - n, samples.length - position);
      System.arraycopy(samples, position, frame, n, chunk);
      position += chunk;
      n += chunk;
    }
    return n;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
