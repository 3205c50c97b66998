package dev.vorzimmer.media;

import java.util.Optional;

/**
 * Where a live call's incoming audio goes, e.g. a speaker: 8 kHz, 16-bit, mono samples, in order
 * and without holes. {@link #write} never blocks: the sink buffers (a small jitter buffer) and
 * plays on its own clock.
 */
public interface AudioSink extends AutoCloseable {

  /**
   * The device's name for the user, e.g. {@code "Built-in Speakers"}; when the sound server moved
   * the stream to another device (its own went away), that device's name.
   */
  String name();

  /**
   * Why this sink plays no audio, empty while it works. May change while open (a device can fail
   * during the call).
   */
  Optional<DeviceProblem> problem();

  /** Queues samples for playback. Never blocks; the oldest audio is dropped if the device lags. */
  void write(short[] samples, int offset, int count);

  /** Stops playback and releases the device; idempotent. */
  @Override
  void close();
}
