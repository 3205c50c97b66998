package dev.vorzimmer.media;

import java.util.function.IntUnaryOperator;

/** A sound played once, a frame at a time: the answering machine's greeting, then its beep. */
final class PlayOnce {
  private final IntUnaryOperator sample;
  private final int length;
  private int position;

  private PlayOnce(IntUnaryOperator sample, int length) {
    this.sample = sample;
    this.length = length;
  }

  static PlayOnce of(Greeting greeting) {
    return new PlayOnce(greeting::sample, greeting.length());
  }

  static PlayOnce of(short[] samples) {
    return new PlayOnce(i -> samples[i], samples.length);
  }

  /**
   * Copies the next samples into {@code frame} (which is silent where the sound has ended); true
   * when this frame reached the end of the sound.
   */
  boolean next(short[] frame) {
    int n = Math.min(frame.length, length - position);
    for (int i = 0; i < n; i++) {
      frame[i] = (short) sample.applyAsInt(position + i);
    }
    position += frame.length;
    return position >= length;
  }
}
