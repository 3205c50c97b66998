package dev.vorzimmer.media.internal.audio;

import java.util.Arrays;

/**
 * Converts a continuous mono stream from a device's rate to 8 kHz, chunk by chunk (state is kept
 * across calls so chunk borders leave no seams). Downsampling averages each output sample's span of
 * input (a box low-pass, enough for speech into G.711), upsampling interpolates linearly.
 */
public final class StreamResampler {

  /** The output rate. */
  public static final int RATE = 8000;

  private final double step;
  private double position;
  private short last;
  private double boxSum;
  private int boxCount;

  /**
   * @param sourceRate the input rate in Hz
   */
  public StreamResampler(double sourceRate) {
    if (!(sourceRate >= 1000 && sourceRate <= 384_000)) {
      throw new IllegalArgumentException("unsupported sample rate " + sourceRate);
    }
    this.step = sourceRate / RATE;
  }

  /**
   * Resamples the next chunk.
   *
   * @return the 8 kHz samples this chunk completes (possibly none)
   */
  public short[] process(short[] in, int offset, int count) {
    if (step == 1.0) {
      return Arrays.copyOfRange(in, offset, offset + count);
    }
    return step > 1 ? down(in, offset, count) : up(in, offset, count);
  }

  private short[] down(short[] in, int offset, int count) {
    short[] out = new short[(int) Math.ceil((count + boxCount) / step) + 1];
    int n = 0;
    for (int i = 0; i < count; i++) {
      boxSum += in[offset + i];
      boxCount++;
      position += 1;
      if (position >= step) {
        position -= step;
        out[n++] = (short) Math.round(boxSum / boxCount);
        boxSum = 0;
        boxCount = 0;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private short[] up(short[] in, int offset, int count) {
    short[] out = new short[(int) Math.ceil(count / step) + 2];
    int n = 0;
    for (int i = 0; i < count; i++) {
      short next = in[offset + i];
      while (position < 1.0) {
        out[n++] = (short) Math.round(last + (next - last) * position);
        position += step;
      }
      position -= 1.0;
      last = next;
    }
    return Arrays.copyOf(out, n);
  }
}
