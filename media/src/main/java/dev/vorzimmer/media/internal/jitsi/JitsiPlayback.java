package dev.vorzimmer.media.internal.jitsi;

import dev.vorzimmer.media.AudioSink;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.internal.audio.JitterBuffer;
import dev.vorzimmer.media.internal.audio.PcmFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.media.Buffer;
import javax.media.PlugIn;
import javax.media.Renderer;
import javax.media.ResourceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A libjitsi renderer (PortAudio, PulseAudio, ...) as an {@link AudioSink}. {@link #write} fills a
 * jitter buffer; one "vorzimmer-speaker" thread per open speaker hands the renderer a 20 ms frame
 * per 20 ms against an absolute schedule (the renderer may block on the device as well), playing
 * silence while the buffer refills after an underrun. The same thread closes the renderer when the
 * sink is closed, so {@link #close()} never waits for the device.
 */
final class JitsiPlayback implements AudioSink {

  private static final Logger LOG = LoggerFactory.getLogger(JitsiPlayback.class);
  private static final int FRAME_SAMPLES = 160;
  private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  /** Audio held before playing starts or resumes: absorbs network jitter. */
  static final int PREFILL_SAMPLES = 8 * 60;

  /** The most audio queued; beyond it the oldest is dropped so the delay stays low. */
  static final int CAPACITY_SAMPLES = 8 * 300;

  private final Renderer renderer;
  private volatile String name;
  private volatile AutoCloseable following = () -> {};
  private final JitterBuffer buffer = new JitterBuffer(CAPACITY_SAMPLES, PREFILL_SAMPLES);
  private final Thread thread;
  private volatile DeviceProblem problem;
  private volatile boolean closed;

  private JitsiPlayback(Renderer renderer, String name) {
    this.renderer = renderer;
    this.name = name;
    this.thread = new Thread(this::playLoop, "vorzimmer-speaker");
    thread.setDaemon(true);
  }

  /**
   * Opens and starts {@code renderer} for 8 kHz mono 16-bit audio.
   *
   * @throws ResourceUnavailableException if the renderer refuses the format or cannot open the
   *     device
   */
  static JitsiPlayback start(Renderer renderer, String name) throws ResourceUnavailableException {
    if (renderer.setInputFormat(JitsiFormats.CALL) == null) {
      throw new ResourceUnavailableException(name + " does not play " + JitsiFormats.CALL);
    }
    renderer.open();
    renderer.start();
    JitsiPlayback playback = new JitsiPlayback(renderer, name);
    playback.thread.start();
    return playback;
  }

  private void playLoop() {
    try {
      pace();
    } finally {
      renderer.stop();
      renderer.close();
    }
  }

  private void pace() {
    short[] frame = new short[FRAME_SAMPLES];
    long next = System.nanoTime();
    while (!closed) {
      buffer.read(frame, 0, frame.length);
      if (!render(frame)) {
        return;
      }
      next += FRAME_NANOS;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(this, wait);
      } else if (-wait > 5 * FRAME_NANOS) {
        next = System.nanoTime();
      }
    }
  }

  private boolean render(short[] frame) {
    Buffer out = new Buffer();
    out.setData(PcmFormat.toLittleEndian(frame, 0, frame.length));
    out.setOffset(0);
    out.setLength(frame.length * 2);
    out.setFormat(JitsiFormats.CALL);
    try {
      int result = renderer.process(out);
      if ((result & PlugIn.BUFFER_PROCESSED_FAILED) != 0) {
        throw new IllegalStateException("renderer reported BUFFER_PROCESSED_FAILED");
      }
      return true;
    } catch (RuntimeException e) {
      if (!closed) {
        LOG.warn("speaker {} stopped playing", name, e);
        problem = new DeviceProblem(DeviceProblem.Kind.FAILED, name + ": " + e.getMessage());
      }
      return false;
    }
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The sound server moved this speaker's stream to {@code device} (its own went away); {@link
   * #name()} says so from now on.
   */
  void movedTo(String device) {
    LOG.info("speaker {} is gone; playing on {}", name, device);
    name = device;
  }

  /** {@code watch} follows this speaker's device until it is closed. */
  void followedBy(AutoCloseable watch) {
    following = watch;
    if (closed) {
      stopFollowing();
    }
  }

  private void stopFollowing() {
    try {
      following.close();
    } catch (Exception e) {
      LOG.warn("cannot stop following speaker {}", name, e);
    }
  }

  @Override
  public Optional<DeviceProblem> problem() {
    return Optional.ofNullable(problem);
  }

  @Override
  public void write(short[] samples, int offset, int count) {
    if (!closed) {
      buffer.write(samples, offset, count);
    }
  }

  /** Returns at once; the speaker thread stops and closes the renderer after its current frame. */
  @Override
  public void close() {
    closed = true;
    stopFollowing();
    LockSupport.unpark(thread);
  }
}
