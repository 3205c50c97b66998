package dev.vorzimmer.ui.messages;

import java.io.IOException;

/**
 * Where a {@link MessagePlayer} sends 8 kHz 16-bit mono PCM: the chosen speaker in production
 * ({@link SinkOutput}), a collecting fake in tests. One instance serves one playback run: opened,
 * written and drained on the player's thread, then closed.
 */
interface PcmOutput {

  /**
   * Opens the output.
   *
   * @throws IOException when there is no usable sound output; the message says why
   */
  void open() throws IOException;

  /**
   * Plays {@code count} samples from the start of {@code samples}; blocks while the output is full.
   */
  void write(short[] samples, int count);

  /** Waits until everything written has been played (or the output was closed). */
  void drain();

  /**
   * Stops at once and releases the output. May be called from another thread to cut a blocked
   * {@link #write} or {@link #drain} short; closing twice is harmless.
   */
  void close();

  /** Makes a fresh output for each playback run. */
  @FunctionalInterface
  interface Factory {
    PcmOutput create();
  }
}
