package dev.vorzimmer.media.internal.audio;

import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.AudioSource;
import dev.vorzimmer.media.DeviceProblem;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** The stand-in when no device is usable: reads silence, discards writes, and says why. */
public final class NoDevice implements AudioSource, AudioSink {

  private final String name;
  private final DeviceProblem problem;

  /**
   * @param name what stands in, e.g. {@code "no microphone"}
   * @param problem why there is no device
   */
  public NoDevice(String name, DeviceProblem problem) {
    this.name = Objects.requireNonNull(name, "name");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<DeviceProblem> problem() {
    return Optional.of(problem);
  }

  @Override
  public int read(short[] frame) {
    Arrays.fill(frame, (short) 0);
    return 0;
  }

  @Override
  public void write(short[] samples, int offset, int count) {
    // nowhere to play: the audio is discarded, as the problem says
  }

  @Override
  public void close() {
    // nothing was opened
  }
}
