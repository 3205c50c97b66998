package dev.vorzimmer.media.internal.rtp;

import dev.vorzimmer.media.CrashSafeWavWriter;
import dev.vorzimmer.media.RecordingRecovery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves recording I/O off the pacer thread: every file operation runs on a single-threaded I/O
 * executor, in submission order, with a flush every second. After the first I/O error the recording
 * stops writing and the error is reported once; at the end, what reached the disk is saved as a
 * shorter but valid WAV.
 */
public final class Recorder {

  /**
   * Most writes of one recording waiting for the I/O thread (5 s of 20 ms packets). Beyond it (the
   * disk stalls, the thread is starved) audio is dropped and counted instead of queueing without
   * bound.
   */
  public static final int MAX_PENDING_WRITES = 250;

  private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);

  private final Path target;
  private final ScheduledExecutorService io;
  private final Consumer<IOException> onFailure;
  private CrashSafeWavWriter writer;
  private ScheduledFuture<?> flusher;
  private boolean failed;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicLong droppedWrites = new AtomicLong();

  /**
   * @param io must run tasks one at a time in submission order (a single-thread executor)
   * @param onFailure called on the I/O thread with the first error
   */
  public Recorder(Path target, ScheduledExecutorService io, Consumer<IOException> onFailure) {
    this.target = target;
    this.io = io;
    this.onFailure = onFailure;
  }

  /** Creates the part file and starts the once-a-second flush. */
  public void open() {
    io.execute(
        () -> {
          try {
            writer = CrashSafeWavWriter.create(target);
            flusher = io.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
          } catch (IOException e) {
            fail(e);
          }
        });
  }

  /**
   * Queues a copy of the samples for writing; if {@link #MAX_PENDING_WRITES} are already waiting,
   * drops them instead (counted, see {@link #droppedWrites()}, and logged).
   */
  public void write(short[] samples, int offset, int count) {
    if (pending.incrementAndGet() > MAX_PENDING_WRITES) {
      pending.decrementAndGet();
      long dropped = droppedWrites.incrementAndGet();
      if (dropped == 1 || dropped % 100 == 0) {
        LOG.warn(
            "recording {}: the I/O thread is behind by {} writes; dropping audio ({} writes dropped)",
            target,
            MAX_PENDING_WRITES,
            dropped);
      }
      return;
    }
    short[] copy = java.util.Arrays.copyOfRange(samples, offset, offset + count);
    io.execute(
        () -> {
          pending.decrementAndGet();
          if (writer != null && !failed) {
            try {
              writer.write(copy, 0, copy.length);
            } catch (IOException e) {
              fail(e);
            }
          }
        });
  }

  /** Writes dropped because too many were waiting for the I/O thread. */
  public long droppedWrites() {
    return droppedWrites.get();
  }

  /**
   * Finishes the file after all queued writes; {@code done} gets the path, or null if it failed.
   */
  public void finish(Consumer<Path> done) {
    io.execute(
        () -> {
          if (flusher != null) {
            flusher.cancel(false);
          }
          Path result = null;
          if (writer != null && !failed) {
            try {
              result = writer.finish();
            } catch (IOException e) {
              fail(e);
            }
          }
          if (result == null && writer != null) {
            result = salvage();
          }
          done.accept(result);
        });
  }

  /** After a write error: keep what reached the disk as a valid, shorter WAV. */
  private Path salvage() {
    Path part = CrashSafeWavWriter.partFileOf(target);
    try {
      return RecordingRecovery.recoverPart(part)
          .map(RecordingRecovery.Recovered::file)
          .orElse(null);
    } catch (IOException e) {
      LOG.error(
          "could not save the partial recording {}; it stays for recovery at next start", part, e);
      return null;
    }
  }

  private void flush() {
    if (writer != null && !failed) {
      try {
        writer.flush();
      } catch (IOException e) {
        fail(e);
      }
    }
  }

  private void fail(IOException e) {
    failed = true;
    if (flusher != null) {
      flusher.cancel(false);
    }
    LOG.error("recording {} failed; the call continues without recording", target, e);
    if (writer != null) {
      try {
        writer.abandon();
      } catch (IOException closeError) {
        e.addSuppressed(closeError);
      }
    }
    onFailure.accept(e);
  }
}
