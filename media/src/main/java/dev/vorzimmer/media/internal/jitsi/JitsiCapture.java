package dev.vorzimmer.media.internal.jitsi;

import dev.vorzimmer.media.AudioSource;
import dev.vorzimmer.media.DeviceProblem;
import dev.vorzimmer.media.internal.audio.JitterBuffer;
import dev.vorzimmer.media.internal.audio.PcmFormat;
import dev.vorzimmer.media.internal.audio.StreamResampler;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.format.AudioFormat;
import javax.media.protocol.DataSource;
import javax.media.protocol.PullBufferDataSource;
import javax.media.protocol.PullBufferStream;
import javax.media.protocol.PushBufferDataSource;
import javax.media.protocol.PushBufferStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A libjitsi capture device (an FMJ {@link DataSource}) as an {@link AudioSource}. A push source
 * delivers on the device's own thread; a pull source is read on one "vorzimmer-capture" thread per
 * open microphone. Either way the audio is decoded, mixed to mono, resampled to 8 kHz and put into
 * a short buffer that {@link #read} empties without blocking.
 */
final class JitsiCapture implements AudioSource {

  private static final Logger LOG = LoggerFactory.getLogger(JitsiCapture.class);

  /** At most this much captured audio waits for the pacer (older audio is dropped: low delay). */
  private static final int BUFFER_SAMPLES = 8000 * 120 / 1000;

  private final DataSource source;
  private final Executor releaser;
  private volatile String name;
  private volatile AutoCloseable following = () -> {};
  private final JitterBuffer buffer = new JitterBuffer(BUFFER_SAMPLES, 0);
  private final Buffer transfer = new Buffer();
  private volatile DeviceProblem problem;
  private volatile boolean closed;
  private StreamResampler resampler;
  private PcmFormat layout;
  private Format negotiated;

  private JitsiCapture(DataSource source, String name, DeviceProblem inherent, Executor releaser) {
    this.source = source;
    this.releaser = releaser;
    this.name = name;
    this.problem = inherent;
  }

  /**
   * Connects and starts {@code source}.
   *
   * @param inherent a problem the device has even when it runs (a silence-only device), or null
   * @param releaser where the device is stopped after {@link #close()} (stopping may wait for it)
   * @throws IOException if the device cannot be started
   */
  static JitsiCapture start(
      DataSource source, String name, DeviceProblem inherent, Executor releaser)
      throws IOException {
    JitsiCapture capture =
        new JitsiCapture(Objects.requireNonNull(source, "source"), name, inherent, releaser);
    JitsiFormats.preferCallFormat(source);
    source.connect();
    try {
      PullBufferStream pulled = capture.attach();
      source.start();
      if (pulled != null) {
        capture.startReader(pulled);
      }
    } catch (IOException | RuntimeException e) {
      capture.closed = true;
      source.disconnect();
      throw e;
    }
    return capture;
  }

  /**
   * Takes the push stream's deliveries, or returns the pull stream to be read once the device is
   * started (libjitsi's PulseAudio stream exists only from {@code start()} on; read before that, it
   * fails).
   */
  private PullBufferStream attach() throws IOException {
    if (source instanceof PushBufferDataSource push) {
      PushBufferStream stream = push.getStreams()[0];
      negotiated = stream.getFormat();
      stream.setTransferHandler(s -> pull(s::read));
      return null;
    } else if (source instanceof PullBufferDataSource pull) {
      PullBufferStream stream = pull.getStreams()[0];
      negotiated = stream.getFormat();
      return stream;
    } else {
      throw new IOException(
          name + " is neither a push nor a pull buffer source: " + source.getClass().getName());
    }
  }

  @FunctionalInterface
  private interface BufferRead {
    void read(Buffer buffer) throws IOException;
  }

  private void startReader(PullBufferStream stream) {
    Thread reader = new Thread(() -> readLoop(stream), "vorzimmer-capture");
    reader.setDaemon(true);
    reader.start();
  }

  private void readLoop(PullBufferStream stream) {
    boolean ok = true;
    while (!closed && ok) {
      ok = pull(stream::read);
    }
  }

  /**
   * Reads one buffer from the device and queues it; called on the device's (or our reader) thread.
   *
   * @return false if the device failed (it is then marked with a problem)
   */
  private boolean pull(BufferRead read) {
    if (closed) {
      return false;
    }
    try {
      synchronized (transfer) {
        transfer.setLength(0);
        read.read(transfer);
        accept(transfer);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      if (!closed && problem == null) {
        LOG.warn("microphone {} stopped delivering audio", name, e);
        problem = new DeviceProblem(DeviceProblem.Kind.FAILED, name + ": " + e.getMessage());
      }
      return false;
    }
  }

  private void accept(Buffer b) {
    if (b.isDiscard() || b.getLength() <= 0 || !(b.getData() instanceof byte[] data)) {
      return;
    }
    Format format = b.getFormat() != null ? b.getFormat() : negotiated;
    if (format instanceof AudioFormat audio
        && (layout == null || !JitsiFormats.sameLayout(layout, audio))) {
      layout = JitsiFormats.layoutOf(audio);
      resampler = new StreamResampler(layout.sampleRate());
    }
    if (layout == null) {
      return;
    }
    short[] mono = layout.toMono(data, b.getOffset(), b.getLength());
    short[] at8k = resampler.process(mono, 0, mono.length);
    buffer.write(at8k, 0, at8k.length);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The sound server moved this microphone's stream to {@code device} (its own went away); {@link
   * #name()} says so from now on.
   */
  void movedTo(String device) {
    LOG.info("microphone {} is gone; recording from {}", name, device);
    name = device;
  }

  /** {@code watch} follows this microphone's device until it is closed. */
  synchronized void followedBy(AutoCloseable watch) {
    following = watch;
    if (closed) {
      stopFollowing();
    }
  }

  private void stopFollowing() {
    try {
      following.close();
    } catch (Exception e) {
      LOG.warn("cannot stop following microphone {}", name, e);
    }
  }

  @Override
  public Optional<DeviceProblem> problem() {
    return Optional.ofNullable(problem);
  }

  @Override
  public int read(short[] frame) {
    return buffer.read(frame, 0, frame.length);
  }

  /** Returns at once: no more audio is taken, and the device is stopped on the releaser. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopFollowing();
    try {
      releaser.execute(this::release);
    } catch (RejectedExecutionException e) {
      LOG.debug("device layer already closed; releasing microphone {} here", name);
      release();
    }
  }

  private void release() {
    try {
      source.stop();
    } catch (IOException e) {
      LOG.warn("stopping microphone {} failed", name, e);
    } finally {
      source.disconnect();
    }
  }
}
