package dev.vorzimmer.media;

import java.util.Optional;

/**
 * Where a live call's outgoing audio comes from, e.g. a microphone: 8 kHz, 16-bit, mono samples.
 * The device fills a small buffer on its own thread; {@link #read} takes from it without blocking
 * and is called once per packet interval by the media pacer.
 */
public interface AudioSource extends AutoCloseable {

  /**
   * The device's name for the user, e.g. {@code "USB Headset"}; when the sound server moved the
   * stream to another device (its own went away), that device's name.
   */
  String name();

  /**
   * Why this source delivers no audio, empty while it works. May change while open (a device can
   * fail during the call).
   */
  Optional<DeviceProblem> problem();

  /**
   * Copies the next {@code frame.length} samples into {@code frame}; missing samples are zeros.
   * Never blocks.
   *
   * @return how many samples came from the device (the rest of the frame is silence)
   */
  int read(short[] frame);

  /** Stops capturing and releases the device; idempotent. */
  @Override
  void close();
}
