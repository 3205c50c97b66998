package dev.vorzimmer.media.internal.audio;

/**
 * A bounded FIFO of 16-bit samples between two clocks: the network (or media pacer) on one side and
 * a sound device on the other. Thread-safe; neither side ever blocks.
 *
 * <p>Playout policy: after creation and after every underrun the buffer first collects {@code
 * prefill} samples before it hands out audio again (reading returns silence meanwhile), so a little
 * network jitter does not turn into a click per packet. When a writer is faster than the reader,
 * the oldest samples beyond {@code capacity} are dropped, which caps the delay.
 */
public final class JitterBuffer {

  private final short[] ring;
  private final int prefill;
  private int head;
  private int size;
  private boolean playing;
  private long dropped;
  private long underruns;

  /**
   * @param capacity most samples held (the delay cap)
   * @param prefill samples collected before playout starts or resumes (0 = hand out at once)
   */
  public JitterBuffer(int capacity, int prefill) {
    if (capacity <= 0 || prefill < 0 || prefill > capacity) {
      throw new IllegalArgumentException(
          "need 0 <= prefill <= capacity, capacity > 0: " + prefill + "/" + capacity);
    }
    this.ring = new short[capacity];
    this.prefill = prefill;
  }

  /** Appends samples; drops the oldest ones if the buffer would exceed its capacity. */
  public synchronized void write(short[] samples, int offset, int count) {
    for (int i = 0; i < count; i++) {
      if (size == ring.length) {
        head = (head + 1) % ring.length;
        size--;
        dropped++;
      }
      ring[(head + size) % ring.length] = samples[offset + i];
      size++;
    }
  }

  /**
   * Fills {@code out[offset, offset+count)} with the oldest buffered samples and zeros after them.
   *
   * @return how many samples came from the buffer (0 while prefilling)
   */
  public synchronized int read(short[] out, int offset, int count) {
    if (!playing && size >= Math.max(prefill, 1)) {
      playing = true;
    }
    int n = playing ? Math.min(count, size) : 0;
    for (int i = 0; i < n; i++) {
      out[offset + i] = ring[head];
      head = (head + 1) % ring.length;
    }
    size -= n;
    for (int i = n; i < count; i++) {
      out[offset + i] = 0;
    }
    if (playing && n < count) {
      playing = false;
      underruns++;
    }
    return n;
  }

  /** Samples buffered now. */
  public synchronized int level() {
    return size;
  }

  /** Samples dropped because the buffer was full. */
  public synchronized long droppedSamples() {
    return dropped;
  }

  /** Times the reader found the buffer empty while playing. */
  public synchronized long underruns() {
    return underruns;
  }

  /** Discards everything buffered and waits for a new prefill. */
  public synchronized void clear() {
    head = 0;
    size = 0;
    playing = false;
  }
}
